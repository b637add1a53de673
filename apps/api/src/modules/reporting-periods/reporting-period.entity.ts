import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { ReportingCalendarEntry } from '@koers/domain';

/** A region's own reporting calendar; no row = the default (spring and autumn report). */
@Entity('reporting_calendars')
export class ReportingCalendarEntity {
  @PrimaryColumn({ name: 'region_id', type: 'uuid' }) regionId: string;
  @Column({ type: 'jsonb' }) entries: ReportingCalendarEntry[];
  /** Moves on every change; a PUT names the version it read (optimistic locking). */
  @Column({ type: 'int', default: 1 }) version: number;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/**
 * A period an executing programme reports over, made from the region's calendar when the programme
 * entered execution. Stored, so a later change of the calendar does not move reports already due.
 */
@Entity('reporting_periods')
export class ReportingPeriodEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'programme_id', type: 'uuid' }) programmeId: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @Column({ type: 'int' }) position: number;
  @Column({ type: 'varchar', length: 40 }) kind: string;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ name: 'data_until', type: 'date' }) dataUntil: string;
  @Column({ name: 'due_on', type: 'date' }) dueOn: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
