import type { FrozenConsultation, ProgrammeSnapshot, ProgrammeStatus } from '@koers/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A programme as it was when it left draft: version N, frozen, never changed afterwards. */
@Entity('programme_versions')
export class ProgrammeVersionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'programme_id', type: 'uuid' }) programmeId: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @Column({ type: 'int' }) number: number;
  @Column({ name: 'from_status', type: 'varchar', length: 30 }) fromStatus: ProgrammeStatus;
  @Column({ name: 'to_status', type: 'varchar', length: 30 }) toStatus: ProgrammeStatus;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ name: 'created_by', type: 'varchar', length: 320, nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true }) createdById: string | null;

  @Column({ name: 'created_by_role', type: 'varchar', length: 120, nullable: true })
  createdByRole: string | null;
  @Column({ type: 'jsonb' }) snapshot: ProgrammeSnapshot;
  /** The adopted version: its consultation round's register as it stood at adoption. */
  @Column({ type: 'jsonb', nullable: true }) consultation: FrozenConsultation | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
