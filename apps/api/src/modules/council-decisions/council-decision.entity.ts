import type {
  CouncilDecisionStatus,
  MunicipalityAssignmentShare,
  ViewPointOutcome,
} from '@koers/contracts';
import { bigintTransformer } from '../../common/bigint.transformer';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** One member council's decision on a programme sent to it (one row per municipality and round). */
@Entity('council_decisions')
export class CouncilDecisionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'programme_id', type: 'uuid' }) programmeId: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @Column({ name: 'municipality_id', type: 'uuid' }) municipalityId: string;
  /** The consultation round (1, 2, …): sending the programme again starts the next one. */
  @Column({ type: 'int', default: 1 }) round: number;
  @Column({ type: 'varchar', length: 30, default: 'pending' }) status: CouncilDecisionStatus;
  @Column({ name: 'council_meeting_date', type: 'date', nullable: true })
  councilMeetingDate: string | null;
  @Column({ name: 'decision_date', type: 'date', nullable: true }) decisionDate: string | null;
  @Column({ name: 'decision_reference', type: 'varchar', length: 300, default: '' })
  decisionReference: string;
  @Column({ name: 'decision_url', type: 'varchar', length: 1000, nullable: true })
  decisionUrl: string | null;
  @Column({ name: 'declined_assignment_ids', type: 'uuid', array: true, default: () => `'{}'` })
  declinedAssignmentIds: string[];
  /** What the municipality was to pay when the decision was recorded; null before (or pending). */
  @Column({
    name: 'shown_total_cents',
    type: 'bigint',
    nullable: true,
    transformer: bigintTransformer,
  })
  shownTotalCents: number | null;
  @Column({ name: 'shown_by_assignment', type: 'jsonb', nullable: true })
  shownByAssignment: MunicipalityAssignmentShare[] | null;
  @Column({ name: 'shown_at', type: 'timestamptz', nullable: true }) shownAt: Date | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A numbered point of a council's formal view, with the board's reasoned answer. */
@Entity('view_points')
export class ViewPointEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'programme_id', type: 'uuid' }) programmeId: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @Column({ name: 'council_decision_id', type: 'uuid' }) councilDecisionId: string;
  @Column({ name: 'municipality_id', type: 'uuid' }) municipalityId: string;
  /** Its decision's round. */
  @Column({ type: 'int', default: 1 }) round: number;
  @Column({ type: 'int' }) number: number;
  @Column({ type: 'text' }) text: string;
  @Column({ name: 'assignment_id', type: 'uuid', nullable: true }) assignmentId: string | null;
  @Column({ type: 'text', nullable: true }) answer: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) outcome: ViewPointOutcome | null;
  @Column({ name: 'resulting_change', type: 'text', nullable: true })
  resultingChange: string | null;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt: Date | null;
  @Column({ name: 'answered_by', type: 'varchar', length: 320, nullable: true })
  answeredBy: string | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
