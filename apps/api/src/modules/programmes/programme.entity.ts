import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { ProgrammeStatus } from '@koers/contracts';

@Entity('programmes')
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @Column({ type: 'int' }) year: number;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'text', default: '' }) introduction: string;
  @Column({ type: 'varchar', length: 30, default: 'draft' }) status: ProgrammeStatus;
  @Column({ type: 'int', default: 1 }) version: number;
  @Column({ name: 'population_reference_date', type: 'date', nullable: true })
  populationReferenceDate: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
