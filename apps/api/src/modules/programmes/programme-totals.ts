import type { FundingSource, ProgrammeTotals } from '@koers/contracts';
import { EntityManager } from 'typeorm';
import { runQueries } from '../../common/run-queries';
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

const BUDGET = `
  FROM assignment_budget_lines b JOIN assignments a ON a.id = b.assignment_id
  WHERE a.programme_id = $1`;

/** Runs the sums of a programme in SQL: exact bigint arithmetic, no floats for money. */
export async function queryProgrammeTotals(
  manager: EntityManager,
  programmeId: string,
): Promise<ProgrammeTotalRows> {
  const [overall, bySource, byTheme, byYear, bySupplier] = await runQueries<
    [
      ProgrammeTotalRows['overall'],
      ProgrammeTotalRows['bySource'],
      ProgrammeTotalRows['byTheme'],
      ProgrammeTotalRows['byYear'],
      ProgrammeTotalRows['bySupplier'],
    ]
  >(
    manager,
    () =>
      manager.query(
        `SELECT (SELECT count(*) FROM assignments WHERE programme_id = $1) AS assignment_count,
              (SELECT sum(b.amount_cents) ${BUDGET}) AS budget_total_cents`,
        [programmeId],
      ),
    () =>
      manager.query(
        `SELECT b.funding_source, sum(b.amount_cents) AS amount_cents ${BUDGET}
       GROUP BY b.funding_source ORDER BY b.funding_source`,
        [programmeId],
      ),
    () =>
      manager.query(
        `SELECT a.theme_id, t.title AS theme_title, sum(b.amount_cents) AS amount_cents ${BUDGET.replace(
          'WHERE',
          'JOIN themes t ON t.id = a.theme_id WHERE',
        )}
       GROUP BY a.theme_id, t.title ORDER BY t.title, a.theme_id`,
        [programmeId],
      ),
    () =>
      manager.query(
        `SELECT b.year, sum(b.amount_cents) AS amount_cents ${BUDGET}
       GROUP BY b.year ORDER BY b.year`,
        [programmeId],
      ),
    () =>
      manager.query(
        `SELECT c.supplier_organisation_id, c.supplier_name,
              sum(c.fte) AS fte, sum(c.hours) AS hours
       FROM assignment_capacity_lines c JOIN assignments a ON a.id = c.assignment_id
       WHERE a.programme_id = $1
       GROUP BY c.supplier_organisation_id, c.supplier_name
       ORDER BY c.supplier_name, c.supplier_organisation_id`,
        [programmeId],
      ),
  );
  return { overall, bySource, byTheme, byYear, bySupplier };
}

/** Turns the rows of {@link queryProgrammeTotals} into the contract, refusing unsafe integers. */
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
