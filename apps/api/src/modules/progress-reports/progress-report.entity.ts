import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { ProgressCourse, ProgressReportState, RiskLevel } from '@koers/domain';
import { bigintTransformer, numericTransformer } from '../../common/bigint.transformer';

/** A progress report of one assignment over one period; its lines are replaced with it. */
@Entity('progress_reports')
export class ProgressReportEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'programme_id', type: 'uuid' }) programmeId: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @Column({ name: 'assignment_id', type: 'uuid' }) assignmentId: string;
  @Column({ name: 'period_id', type: 'uuid' }) periodId: string;
  @Column({ type: 'varchar', length: 20, default: 'draft' }) state: ProgressReportState;
  @Column({ type: 'varchar', length: 20 }) course: ProgressCourse;
  @Column({ name: 'course_explanation', type: 'text', default: '' }) courseExplanation: string;
  @Column({ type: 'text', default: '' }) delivered: string;
  /** The bureau's comment when it returned the report (kept when accepted later). */
  @Column({ name: 'review_comment', type: 'text', nullable: true }) reviewComment: string | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ name: 'submitted_by', type: 'varchar', length: 320, nullable: true })
  submittedBy: string | null;
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true }) reviewedAt: Date | null;
  @Column({ name: 'reviewed_by', type: 'varchar', length: 320, nullable: true })
  reviewedBy: string | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @Column({ name: 'created_by', type: 'varchar', length: 320, nullable: true })
  createdBy: string | null;
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true }) createdById: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('progress_report_milestones')
export class ProgressReportMilestoneEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'report_id', type: 'uuid' }) reportId: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @Column({ type: 'varchar', length: 300 }) title: string;
  @Column({ name: 'planned_on', type: 'date' }) plannedOn: string;
  @Column({ name: 'done_on', type: 'date', nullable: true }) doneOn: string | null;
  @Column({ type: 'int' }) position: number;
}

/** Committed and spent to date on one of the assignment's budget lines, in cents. */
@Entity('progress_report_money')
export class ProgressReportMoneyEntity {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' }) reportId: string;
  @PrimaryColumn({ name: 'budget_line_id', type: 'uuid' }) budgetLineId: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @Column({ name: 'committed_cents', type: 'bigint', transformer: bigintTransformer })
  committedCents: number;
  @Column({ name: 'spent_cents', type: 'bigint', transformer: bigintTransformer })
  spentCents: number;
  /** Required when spent is above the line's budget. */
  @Column({ type: 'text', default: '' }) explanation: string;
  @Column({ type: 'int' }) position: number;
}

/** Capacity delivered to date on one of the assignment's capacity lines (FTE or hours). */
@Entity('progress_report_capacity')
export class ProgressReportCapacityEntity {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' }) reportId: string;
  @PrimaryColumn({ name: 'capacity_line_id', type: 'uuid' }) capacityLineId: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @Column({
    type: 'numeric',
    precision: 6,
    scale: 2,
    nullable: true,
    transformer: numericTransformer,
  })
  fte: number | null;
  @Column({ type: 'int', nullable: true }) hours: number | null;
  @Column({ type: 'int' }) position: number;
}

/** A measurement of one of the assignment's own KPIs (text, like the KPI's baseline and target). */
@Entity('progress_report_kpi_values')
export class ProgressReportKpiValueEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'report_id', type: 'uuid' }) reportId: string;
  @Column({ name: 'kpi_id', type: 'uuid' }) kpiId: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @Column({ type: 'varchar', length: 100 }) value: string;
  @Column({ name: 'measured_on', type: 'date' }) measuredOn: string;
  @Column({ type: 'varchar', length: 300 }) source: string;
  @Column({ type: 'int' }) position: number;
}

@Entity('progress_report_risks')
export class ProgressReportRiskEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'report_id', type: 'uuid' }) reportId: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @Column({ type: 'text' }) description: string;
  @Column({ type: 'varchar', length: 10 }) likelihood: RiskLevel;
  @Column({ type: 'varchar', length: 10 }) impact: RiskLevel;
  @Column({ type: 'text', default: '' }) measure: string;
  @Column({ type: 'int' }) position: number;
}
