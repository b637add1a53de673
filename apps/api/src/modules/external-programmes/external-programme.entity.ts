import type { ExternalProgrammeLevel } from '@koers/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A provincial, national or EU programme; shared by all regions, not owned by one. */
@Entity('external_programmes')
export class ExternalProgrammeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'varchar', length: 200 }) name: string;

  @Column({ type: 'varchar', length: 20 }) level: ExternalProgrammeLevel;

  @Column({ type: 'text', default: '' }) description: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
