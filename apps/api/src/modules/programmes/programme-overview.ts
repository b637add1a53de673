import type {
  ContributionKeyType,
  MoneyWarning,
  PayerSplit,
  ProgrammeStatus,
  ProgrammeTotals,
} from '@koers/contracts';
import { EntityManager } from 'typeorm';
import { preparedRead, runPrepared } from '../../database/prepared-read';
import { sqlIsoDate } from '../../database/sql-formats';
import { moneyWarnings } from '../contributions/money-warnings';
import { programmeReferenceDate } from '../municipalities/population-history';
import { ProgrammeEntity } from './programme.entity';
import {
  TOTALS_COLUMNS,
  TOTALS_CTE,
  TotalsColumns,
  totalRowsOf,
  toProgrammeTotals,
} from './programme-totals';

/** A date column as YYYY-MM-DD, under its own name. */
const isoDate = (column: string) =>
  `${sqlIsoDate(column)} AS ${column.slice(column.indexOf('.') + 1)}`;

/**
 * What the money warnings need: each member's latest population date on or before the reference
 * date, and the extra contribution lines that name no payers yet.
 */
const MONEY_WARNING_COLUMNS = `
  (SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', m.name,
            'populationDate', (SELECT ${sqlIsoDate('mp.reference_date')}
               FROM municipality_populations mp
              WHERE mp.municipality_id = m.id AND mp.reference_date <=
                    coalesce(p.population_reference_date, make_date(p.year, 1, 1))
              ORDER BY mp.reference_date DESC LIMIT 1)) ORDER BY m.name, m.id), '[]')
     FROM municipalities m WHERE m.region_id = p.region_id) AS warning_members,
  (SELECT coalesce(json_agg(json_build_object('id', a.id, 'code', a.code, 'budgetLines',
            (SELECT json_agg(json_build_object('fundingSource', b.funding_source,
                      'amountCents', b.amount_cents, 'year', b.year, 'position', b.position,
                      'payerSplit', b.payer_split) ORDER BY b.position)
               FROM assignment_budget_lines b
              WHERE b.assignment_id = a.id AND b.funding_source = 'extra_member_contribution'
                AND b.payer_split IS NULL)) ORDER BY a.code, a.id), '[]')
     FROM assignments a WHERE a.programme_id = p.id AND EXISTS (
       SELECT 1 FROM assignment_budget_lines b WHERE b.assignment_id = a.id
          AND b.funding_source = 'extra_member_contribution' AND b.payer_split IS NULL)
  ) AS warning_assignments`;

interface WarningColumns {
  warning_members: { id: string; name: string; populationDate: string | null }[];
  warning_assignments: {
    id: string;
    code: string;
    budgetLines: {
      fundingSource: 'extra_member_contribution';
      amountCents: number;
      year: number;
      position: number;
      payerSplit: PayerSplit | null;
    }[];
  }[];
}

/** A programme and all its sums in one prepared statement: the overview's only query. */
const PROGRAMME_OVERVIEW = preparedRead(
  'koers_programme_overview',
  `${TOTALS_CTE}
  SELECT p.id, p.region_id, p.year, p.title, p.introduction, p.status, p.version,
         ${isoDate('p.population_reference_date')}, p.view_window_weeks,
         ${isoDate('p.sent_to_councils_on')}, ${isoDate('p.consultation_deadline')},
         ${isoDate('p.adopted_on')},
         p.contribution_key, p.current_version_number, p.created_at, p.updated_at,
         ${TOTALS_COLUMNS}, ${MONEY_WARNING_COLUMNS},
         koers_region_data_version(p.region_id)::text AS data_version
    FROM programmes p WHERE p.id = $1`,
);

interface OverviewRow extends TotalsColumns, WarningColumns {
  id: string;
  region_id: string;
  year: number;
  title: string;
  introduction: string;
  status: ProgrammeStatus;
  version: number;
  population_reference_date: string | null;
  view_window_weeks: number | null;
  sent_to_councils_on: string | null;
  consultation_deadline: string | null;
  adopted_on: string | null;
  contribution_key: ContributionKeyType | null;
  current_version_number: number;
  created_at: Date;
  updated_at: Date;
  data_version: string;
}

/** A programme with its totals and warnings, and the region's data version it was read at. */
export interface ProgrammeOverview {
  programme: ProgrammeEntity;
  totals: ProgrammeTotals;
  moneyWarnings: MoneyWarning[];
  /** Every table read here moves it (migrations RegionDataVersions…): see versioned-reads. */
  dataVersion: string;
}

/** The programme with its totals, or undefined when there is no such programme. */
export async function readProgrammeOverview(
  manager: EntityManager,
  id: string,
): Promise<ProgrammeOverview | undefined> {
  const [row] = await runPrepared<OverviewRow>(manager, PROGRAMME_OVERVIEW, [id]);
  if (!row) return undefined;
  const programme = Object.assign(new ProgrammeEntity(), {
    id: row.id,
    regionId: row.region_id,
    year: row.year,
    title: row.title,
    introduction: row.introduction,
    status: row.status,
    version: row.version,
    populationReferenceDate: row.population_reference_date,
    viewWindowWeeks: row.view_window_weeks,
    sentToCouncilsOn: row.sent_to_councils_on,
    consultationDeadline: row.consultation_deadline,
    adoptedOn: row.adopted_on,
    contributionKey: row.contribution_key,
    currentVersionNumber: row.current_version_number,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
  return {
    programme,
    totals: toProgrammeTotals(totalRowsOf(row)),
    moneyWarnings: moneyWarnings(
      programmeReferenceDate(programme),
      row.warning_members,
      row.warning_assignments,
    ),
    dataVersion: row.data_version,
  };
}
