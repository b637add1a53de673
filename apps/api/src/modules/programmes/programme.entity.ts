import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { ProgrammeStatus } from '@koers/contracts';
import type { ContributionKeySpec } from '@koers/domain';

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
  /** Overrides the region's window for formal views; null = the region's. */
  @Column({ name: 'view_window_weeks', type: 'int', nullable: true })
  viewWindowWeeks: number | null;
  @Column({ name: 'sent_to_councils_on', type: 'date', nullable: true })
  sentToCouncilsOn: string | null;
  @Column({ name: 'consultation_deadline', type: 'date', nullable: true })
  consultationDeadline: string | null;
  @Column({ name: 'adopted_on', type: 'date', nullable: true }) adoptedOn: string | null;
  /** The programme's cost-sharing key; null = the region's default key type. */
  @Column({ name: 'contribution_key', type: 'jsonb', nullable: true })
  contributionKey: ContributionKeySpec | null;
  /** The number of the last frozen version; 0 while the programme never left draft. */
  @Column({ name: 'current_version_number', type: 'int', default: 0 })
  currentVersionNumber: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
