import type { FundingSource } from './assignment';

/** The lifecycle of a programme grows in a later issue; for now every programme is a draft. */
export type ProgrammeStatus = 'draft';
export const PROGRAMME_STATUSES: readonly ProgrammeStatus[] = ['draft'];

export interface CreateProgrammeRequest {
  year: number;
  title: string;
  introduction?: string;
  populationReferenceDate?: string | null;
}

export interface UpdateProgrammeRequest extends Partial<CreateProgrammeRequest> {
  /** The version read; may instead be sent as `If-Match: "<version>"`. */
  version?: number;
}

export interface ProgrammeSummary {
  id: string;
  regionId: string;
  year: number;
  title: string;
  introduction: string;
  status: ProgrammeStatus;
  populationReferenceDate: string | null;
  assignmentCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface AmountByFundingSource {
  fundingSource: FundingSource;
  amountCents: number;
}

export interface AmountByTheme {
  themeId: string;
  themeTitle: string;
  amountCents: number;
}

export interface AmountByYear {
  year: number;
  amountCents: number;
}

export interface CapacityBySupplier {
  supplierOrganisationId: string | null;
  supplierName: string;
  fte: number;
  hours: number;
}

/** Sums over all assignments of a programme, computed by the database. */
export interface ProgrammeTotals {
  assignmentCount: number;
  budgetTotalCents: number;
  budgetByFundingSource: AmountByFundingSource[];
  budgetByTheme: AmountByTheme[];
  budgetByYear: AmountByYear[];
  fteTotal: number;
  hoursTotal: number;
  capacityBySupplier: CapacityBySupplier[];
}

export interface ProgrammeResponse extends ProgrammeSummary {
  totals: ProgrammeTotals;
}
