import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { AssignmentStatus, Participation, Risk } from '@koers/contracts';
import { bigintTransformer, dateArrayTransformer } from '../../common/bigint.transformer';

import type { ContributionKeySpec } from '@koers/domain';

@Entity('assignments')
export class AssignmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'programme_id', type: 'uuid' }) programmeId: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @Column({ name: 'theme_id', type: 'uuid' }) themeId: string;
  @Column({ type: 'varchar', length: 20 }) code: string;
  @Column({ type: 'varchar', length: 300 }) title: string;
  @Column({ type: 'text', default: '' }) goal: string;
  @Column({ type: 'jsonb', default: () => `'[]'` }) results: string[];
  @Column({ type: 'jsonb', default: () => `'[]'` }) risks: Risk[];
  @Column({ name: 'portfolio_holder_id', type: 'uuid', nullable: true })
  portfolioHolderId: string | null;
  @Column({ name: 'lead_id', type: 'uuid', nullable: true }) leadId: string | null;
  @Column({ type: 'varchar', length: 10, default: 'all' }) participation: Participation;
  @Column({ name: 'mandate_scope', type: 'text', default: '' }) mandateScope: string;
  @Column({
    name: 'mandate_budget_ceiling_cents',
    type: 'bigint',
    nullable: true,
    transformer: bigintTransformer,
  })
  mandateBudgetCeilingCents: number | null;
  @Column({ name: 'mandate_valid_from', type: 'date', nullable: true })
  mandateValidFrom: string | null;
  @Column({ name: 'mandate_valid_until', type: 'date', nullable: true })
  mandateValidUntil: string | null;
  @Column({
    name: 'mandate_report_back_dates',
    type: 'date',
    array: true,
    default: () => `'{}'`,
    transformer: dateArrayTransformer,
  })
  mandateReportBackDates: string[];
  @Column({ name: 'mandate_escalation', type: 'text', default: '' }) mandateEscalation: string;
  @Column({ type: 'varchar', length: 20, default: 'concept' }) status: AssignmentStatus;
  @Column({ type: 'int', default: 3 }) priority: number;
  @Column({ type: 'int', default: 1 }) version: number;
  /** The steering group's own version (If-Match on its PUT); written by SQL in steering-groups.service. */
  @Column({
    name: 'steering_group_version',
    type: 'int',
    default: 1,
    select: false,
    insert: false,
    update: false,
  })
  steeringGroupVersion: number;
  /** Overrides the programme's cost-sharing key for this assignment; null = the programme's. */
  @Column({ name: 'contribution_key', type: 'jsonb', nullable: true })
  contributionKey: ContributionKeySpec | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
