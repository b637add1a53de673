import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A multi-year challenge (opgave) of a region, e.g. "Mobiliteit" 2023–2026. */
@Entity('themes')
export class ThemeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;

  @Column({ type: 'varchar', length: 200 }) title: string;

  @Column({ type: 'text', default: '' }) description: string;

  @Column({ name: 'period_start_year', type: 'int' }) periodStartYear: number;

  @Column({ name: 'period_end_year', type: 'int' }) periodEndYear: number;

  /** Moves on every change; a PATCH names the version it read (optimistic locking). */
  @Column({ type: 'int', default: 1 }) version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
