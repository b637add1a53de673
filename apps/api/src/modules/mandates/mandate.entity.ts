import type { MandateDecider } from '@koers/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { bigintTransformer } from '../../common/bigint.transformer';

/** A decision taken under an assignment's mandate (issue 16 item 5). */
@Entity('mandate_decisions')
export class MandateDecisionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @Column({ name: 'programme_id', type: 'uuid' }) programmeId: string;
  @Column({ name: 'assignment_id', type: 'uuid' }) assignmentId: string;
  @Column({ name: 'decided_on', type: 'date' }) decidedOn: string;
  @Column({ type: 'text' }) description: string;
  @Column({ name: 'amount_cents', type: 'bigint', transformer: bigintTransformer })
  amountCents: number;
  @Column({ name: 'decided_by', type: 'varchar', length: 20 }) decidedBy: MandateDecider;
  @Column({ name: 'minutes_url', type: 'varchar', length: 2000, nullable: true })
  minutesUrl: string | null;
  /** Passed the ceiling and went to the board; not counted as used. */
  @Column({ type: 'boolean', default: false }) escalated: boolean;
  @Column({ name: 'recorded_by', type: 'varchar', length: 320, nullable: true })
  recordedBy: string | null;
  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true }) recordedById: string | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** The portfolio holder's account for one report-back date of a mandate. */
@Entity('mandate_accounts')
export class MandateAccountEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @Column({ name: 'assignment_id', type: 'uuid' }) assignmentId: string;
  @Column({ name: 'report_back_date', type: 'date' }) reportBackDate: string;
  @Column({ name: 'reported_on', type: 'date' }) reportedOn: string;
  @Column({ type: 'text' }) summary: string;
  @Column({ name: 'minutes_url', type: 'varchar', length: 2000, nullable: true })
  minutesUrl: string | null;
  @Column({ name: 'recorded_by', type: 'varchar', length: 320, nullable: true })
  recordedBy: string | null;
  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true }) recordedById: string | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
