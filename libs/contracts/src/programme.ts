import type { FundingSource } from './assignment';
import type { MoneyWarning } from './contribution';
import type { ContributionKeySpec, ProgrammeStatus } from '@koers/domain';

export interface CreateProgrammeRequest {
  year: number;
  title: string;
  introduction?: string;
  populationReferenceDate?: string | null;
  /** null = the region's default key type. */
  contributionKey?: ContributionKeySpec | null;
  /** Overrides the region's window for formal views (1..52 weeks); null = the region's. */
  viewWindowWeeks?: number | null;
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
  contributionKey: ContributionKeySpec | null;
  viewWindowWeeks: number | null;
  sentToCouncilsOn: string | null;
  consultationDeadline: string | null;
  adoptedOn: string | null;
  /** How many versions were frozen (each time the programme left draft). */
  versionCount: number;
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
  /**
   * What the bureau must see before sending: populations missing or older than a year before
   * the reference date, extra contributions that do not name their payers yet.
   */
  moneyWarnings: MoneyWarning[];
}
