import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { BroadProsperityTheme, FundingSource, PayerSplit } from '@koers/contracts';
import { bigintTransformer, numericTransformer } from '../../common/bigint.transformer';

/** The rows an assignment owns; replaced as a whole when the assignment is saved. */
@Entity('assignment_budget_lines')
/** The input bound that `pg-errors.ts` answers as a 400 on `budgetLines`; added by migration 1764400000000. */
@Check('assignment_budget_lines_amount_max', '"amount_cents" <= 1000000000000')
export class AssignmentBudgetLineEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'assignment_id', type: 'uuid' }) assignmentId: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @Column({ name: 'funding_source', type: 'varchar', length: 40 }) fundingSource: FundingSource;
  @Column({ name: 'source_name', type: 'varchar', length: 200, default: '' }) sourceName: string;
  @Column({ type: 'int' }) year: number;
  @Column({ name: 'amount_cents', type: 'bigint', transformer: bigintTransformer })
  amountCents: number;
  @Column({ type: 'int' }) position: number;
  /** Extra contributions only; null on a line stored before payers existed (`needsPayers`). */
  @Column({ name: 'payer_split', type: 'varchar', length: 20, nullable: true })
  payerSplit: PayerSplit | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A municipality that pays an extra contribution line; follows its line (replaced with it). */
@Entity('assignment_budget_line_payers')
export class AssignmentBudgetLinePayerEntity {
  @PrimaryColumn({ name: 'budget_line_id', type: 'uuid' }) budgetLineId: string;
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid' }) municipalityId: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @Column({ name: 'amount_cents', type: 'bigint', nullable: true, transformer: bigintTransformer })
  amountCents: number | null;
  @Column({ type: 'int' }) position: number;
}

@Entity('assignment_capacity_lines')
export class AssignmentCapacityLineEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'assignment_id', type: 'uuid' }) assignmentId: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @Column({ name: 'supplier_organisation_id', type: 'uuid', nullable: true })
  supplierOrganisationId: string | null;
  @Column({ name: 'supplier_name', type: 'varchar', length: 200 }) supplierName: string;
  @Column({ type: 'int' }) year: number;
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
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('assignment_kpis')
export class AssignmentKpiEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'assignment_id', type: 'uuid' }) assignmentId: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @Column({ type: 'varchar', length: 300 }) name: string;
  @Column({ type: 'varchar', length: 50, default: '' }) unit: string;
  @Column({ type: 'varchar', length: 100, default: '' }) baseline: string;
  @Column({ type: 'varchar', length: 100, default: '' }) target: string;
  @Column({ name: 'target_date', type: 'date', nullable: true }) targetDate: string | null;
  @Column({ name: 'broad_prosperity_theme', type: 'varchar', length: 30, nullable: true })
  broadProsperityTheme: BroadProsperityTheme | null;
  @Column({ type: 'int' }) position: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('assignment_participants')
export class AssignmentParticipantEntity {
  @PrimaryColumn({ name: 'assignment_id', type: 'uuid' }) assignmentId: string;
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid' }) municipalityId: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('assignment_links')
export class AssignmentLinkEntity {
  @PrimaryColumn({ name: 'assignment_id', type: 'uuid' }) assignmentId: string;
  @PrimaryColumn({ name: 'linked_assignment_id', type: 'uuid' }) linkedAssignmentId: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('assignment_external_programmes')
export class AssignmentExternalProgrammeEntity {
  @PrimaryColumn({ name: 'assignment_id', type: 'uuid' }) assignmentId: string;
  @PrimaryColumn({ name: 'external_programme_id', type: 'uuid' }) externalProgrammeId: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
