import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('municipalities')
export class MunicipalityEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @Column({ type: 'varchar', length: 200 }) name: string;

  /** CBS code `GM` + four digits, unique within the region. */
  @Column({ name: 'cbs_code', type: 'varchar', length: 6 }) cbsCode: string;

  @Column({ type: 'varchar', length: 100 }) province: string;

  /** Null when unknown: a population is never guessed. */
  @Column({ type: 'int', nullable: true }) population: number | null;

  /** `YYYY-MM-DD` (PostgreSQL `date`, read as a string so no time zone can shift it). */
  @Column({ name: 'population_reference_date', type: 'date', nullable: true })
  populationReferenceDate: string | null;

  @Column({ name: 'population_source', type: 'text', nullable: true })
  populationSource: string | null;

  @Column({ name: 'member_from', type: 'date', nullable: true }) memberFrom: string | null;

  @Column({ name: 'member_until', type: 'date', nullable: true }) memberUntil: string | null;

  /** Moves on every change; a PATCH names the version it read (optimistic locking). */
  @Column({ type: 'int', default: 1 }) version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
