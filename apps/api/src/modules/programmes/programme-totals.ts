import type { FundingSource, ProgrammeTotals } from '@koers/contracts';
import { toSafeInteger } from '../../common/bigint.transformer';

/** What PostgreSQL returns for the sums of one programme (bigint and numeric come as strings). */
export interface ProgrammeTotalRows {
  overall: { assignment_count: string; budget_total_cents: string | null }[];
  bySource: { funding_source: FundingSource; amount_cents: string }[];
  byTheme: { theme_id: string; theme_title: string; amount_cents: string }[];
  byYear: { year: number; amount_cents: string }[];
  bySupplier: {
    supplier_organisation_id: string | null;
    supplier_name: string;
    fte: string | null;
    hours: string | null;
  }[];
}

/**
 * Every sum of the programme `$1`, as columns of one statement (exact bigint arithmetic in SQL,
 * no floats for money) that reads FROM {@link TOTALS_CTE}: one round trip instead of five, which
 * is most of what an overview costs under load (issue 7). Sums travel as text and are checked to
 * be safe integers by {@link toProgrammeTotals}.
 */
export const TOTALS_CTE = `
  WITH b AS (SELECT b.funding_source, b.year, b.amount_cents, a.theme_id
               FROM assignment_budget_lines b JOIN assignments a ON a.id = b.assignment_id
              WHERE a.programme_id = $1)`;

export const TOTALS_COLUMNS = `
         (SELECT count(*) FROM assignments WHERE programme_id = $1)::text AS assignment_count,
         (SELECT sum(amount_cents) FROM b)::text AS budget_total_cents,
         (SELECT coalesce(json_agg(x ORDER BY x.funding_source), '[]') FROM (
            SELECT funding_source, sum(amount_cents)::text AS amount_cents FROM b GROUP BY 1) x
         ) AS by_source,
         (SELECT coalesce(json_agg(x ORDER BY x.theme_title, x.theme_id), '[]') FROM (
            SELECT b.theme_id, t.title AS theme_title, sum(b.amount_cents)::text AS amount_cents
              FROM b JOIN themes t ON t.id = b.theme_id GROUP BY b.theme_id, t.title) x
         ) AS by_theme,
         (SELECT coalesce(json_agg(x ORDER BY x.year), '[]') FROM (
            SELECT year, sum(amount_cents)::text AS amount_cents FROM b GROUP BY 1) x
         ) AS by_year,
         (SELECT coalesce(json_agg(x ORDER BY x.supplier_name, x.supplier_organisation_id), '[]')
            FROM (SELECT c.supplier_organisation_id, c.supplier_name, sum(c.fte)::text AS fte,
                         sum(c.hours)::text AS hours
                    FROM assignment_capacity_lines c JOIN assignments a ON a.id = c.assignment_id
                   WHERE a.programme_id = $1
                   GROUP BY c.supplier_organisation_id, c.supplier_name) x
         ) AS by_supplier`;

/** The columns of {@link TOTALS_COLUMNS} as `pg` returns them. */
export interface TotalsColumns {
  assignment_count: string;
  budget_total_cents: string | null;
  by_source: ProgrammeTotalRows['bySource'];
  by_theme: ProgrammeTotalRows['byTheme'];
  by_year: ProgrammeTotalRows['byYear'];
  by_supplier: ProgrammeTotalRows['bySupplier'];
}

export function totalRowsOf(row: TotalsColumns): ProgrammeTotalRows {
  return {
    overall: [
      { assignment_count: row.assignment_count, budget_total_cents: row.budget_total_cents },
    ],
    bySource: row.by_source,
    byTheme: row.by_theme,
    byYear: row.by_year,
    bySupplier: row.by_supplier,
  };
}

/** Turns the rows of {@link totalRowsOf} into the contract, refusing unsafe integers. */
export function toProgrammeTotals(rows: ProgrammeTotalRows): ProgrammeTotals {
  const overall = rows.overall[0];
  const capacity = rows.bySupplier.map((row) => ({
    supplierOrganisationId: row.supplier_organisation_id,
    supplierName: row.supplier_name,
    fte: row.fte === null ? 0 : Number(row.fte),
    hours: row.hours === null ? 0 : toSafeInteger(row.hours),
  }));
  return {
    assignmentCount: overall ? toSafeInteger(overall.assignment_count) : 0,
    budgetTotalCents: overall?.budget_total_cents ? toSafeInteger(overall.budget_total_cents) : 0,
    budgetByFundingSource: rows.bySource.map((row) => ({
      fundingSource: row.funding_source,
      amountCents: toSafeInteger(row.amount_cents),
    })),
    budgetByTheme: rows.byTheme.map((row) => ({
      themeId: row.theme_id,
      themeTitle: row.theme_title,
      amountCents: toSafeInteger(row.amount_cents),
    })),
    budgetByYear: rows.byYear.map((row) => ({
      year: Number(row.year),
      amountCents: toSafeInteger(row.amount_cents),
    })),
    // FTE are hundredths: summing them as integers keeps 0.1 + 0.2 at 0.3.
    fteTotal: capacity.reduce((sum, c) => sum + Math.round(c.fte * 100), 0) / 100,
    hoursTotal: capacity.reduce((sum, c) => sum + c.hours, 0),
    capacityBySupplier: capacity,
  };
}
