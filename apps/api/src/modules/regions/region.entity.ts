import type { ContributionKeyType, GovernanceMode, MandateOverrunRule } from '@koers/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('regions')
export class RegionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'varchar', length: 200 }) name: string;

  @Column({ name: 'short_name', type: 'varchar', length: 30 }) shortName: string;

  @Column({ name: 'governance_mode', type: 'varchar', length: 30 })
  governanceMode: GovernanceMode;

  @Column({ type: 'text', array: true, default: () => `'{}'` }) provinces: string[];

  @Column({ name: 'view_window_weeks', type: 'int', default: 12 }) viewWindowWeeks: number;

  @Column({
    name: 'default_contribution_key',
    type: 'varchar',
    length: 40,
    default: 'per_inhabitant',
  })
  defaultContributionKey: ContributionKeyType;

  @Column({ name: 'mandate_overrun', type: 'varchar', length: 20, default: 'refuse' })
  mandateOverrun: MandateOverrunRule;

  @Column({
    name: 'mandate_overrun_sentence',
    type: 'text',
    default: 'Dit besluit overschrijdt het mandaat; het is voorbehouden aan het algemeen bestuur.',
  })
  mandateOverrunSentence: string;

  /** Moves on every change; a PATCH names the version it read (optimistic locking). */
  @Column({ type: 'int', default: 1 }) version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
