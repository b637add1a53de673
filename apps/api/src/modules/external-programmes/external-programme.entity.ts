import type { ExternalProgrammeLevel } from '@koers/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * A provincial, national or EU programme, readable by all regions. One a region added belongs to
 * that region (`regionId`); one without a region (the national ones of the seed) is shared.
 */
@Entity('external_programmes')
export class ExternalProgrammeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  /** The region that added it and alone changes it; null: shared, changed by a platform admin. */
  @Column({ name: 'region_id', type: 'uuid', nullable: true }) regionId: string | null;

  @Column({ type: 'varchar', length: 200 }) name: string;

  @Column({ type: 'varchar', length: 20 }) level: ExternalProgrammeLevel;

  @Column({ type: 'text', default: '' }) description: string;

  /** Moves on every change; a PATCH names the version it read (optimistic locking). */
  @Column({ type: 'int', default: 1 }) version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
