import type { Queryable } from './bulk-insert';

/** A deterministic number 0–99 per row, from its ids (no PRNG state: set-based SQL). */
const H = (expr: string) => `(abs(hashtext(${expr})) % 100)`;

/**
 * The progress reports of a region's past programmes (issue 16): the default calendar's spring
 * and autumn periods for every programme in execution or closed, and a report per assignment and
 * period — accepted for closed programmes and the spring of the one in execution, submitted or
 * missing for its autumn — with money per budget line (some above budget, with a reason), a KPI
 * measurement per KPI, a milestone (some late) and a risk when off course. Set-based SQL per
 * table, so the national dataset stays fast to build. Returns the rows per table.
 */
export async function insertProgressReports(
  db: Queryable,
  regionId: string,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const run = async (table: string, sql: string) => {
    counts[table] = (await db.query(sql, [regionId])).rowCount ?? 0;
  };
  await run(
    'reporting_periods',
    `INSERT INTO reporting_periods (programme_id, region_id, position, kind, title, data_until, due_on)
     SELECT p.id, p.region_id, c.position, c.kind, c.title || ' ' || p.year,
            make_date(p.year, c.dm, c.dd), make_date(p.year, c.um, c.ud)
       FROM programmes p
      CROSS JOIN (VALUES (1, 'voorjaar', 'Voorjaarsrapportage', 4, 30, 5, 31),
                         (2, 'najaar', 'Najaarsrapportage', 8, 31, 9, 30)) AS c (position, kind, title, dm, dd, um, ud)
      WHERE p.region_id = $1 AND p.status IN ('in_execution', 'closed')`,
  );
  const h = H(`a.id::text || rp.position`);
  await run(
    'progress_reports',
    `INSERT INTO progress_reports (programme_id, region_id, assignment_id, period_id, state, course,
                                   course_explanation, delivered, submitted_at, submitted_by,
                                   reviewed_at, reviewed_by, created_by, created_at, updated_at)
     SELECT a.programme_id, a.region_id, a.id, rp.id,
            CASE WHEN p.status = 'closed' OR rp.position = 1 THEN 'accepted' ELSE 'submitted' END,
            CASE WHEN ${h} < 70 THEN 'op_koers' WHEN ${h} < 93 THEN 'aandacht_nodig' ELSE 'niet_op_koers' END,
            CASE WHEN ${h} < 70 THEN '' ELSE 'Vertraging bij een partner; bijsturing loopt.' END,
            'Opgeleverd volgens plan tot ' || to_char(rp.data_until, 'DD-MM-YYYY') || '.',
            rp.due_on - 3, 'Portefeuillehouder (benchmark)',
            CASE WHEN p.status = 'closed' OR rp.position = 1 THEN rp.due_on + 7 END,
            CASE WHEN p.status = 'closed' OR rp.position = 1 THEN 'Regiobureau (benchmark)' END,
            'Portefeuillehouder (benchmark)', rp.due_on - 10, rp.due_on + 7
       FROM assignments a
       JOIN programmes p ON p.id = a.programme_id
       JOIN reporting_periods rp ON rp.programme_id = p.id
      WHERE a.region_id = $1 AND p.status IN ('in_execution', 'closed')
        AND NOT (p.status = 'in_execution' AND rp.position = 2 AND ${h} % 5 = 0)`,
  );
  const hr = H(`r.id::text || b.id::text`);
  await run(
    'progress_report_money',
    `INSERT INTO progress_report_money (report_id, budget_line_id, region_id, committed_cents,
                                        spent_cents, explanation, position)
     SELECT r.id, b.id, r.region_id,
            b.amount_cents * (rp.position * 45 + ${hr} % 15) / 100,
            b.amount_cents * (rp.position * 40 + ${hr} % 25) / 100,
            CASE WHEN rp.position * 40 + ${hr} % 25 > 100 THEN 'Meerwerk na aanvullend onderzoek.' ELSE '' END,
            b.position
       FROM progress_reports r
       JOIN reporting_periods rp ON rp.id = r.period_id
       JOIN assignment_budget_lines b ON b.assignment_id = r.assignment_id
      WHERE r.region_id = $1`,
  );
  await run(
    'progress_report_capacity',
    `INSERT INTO progress_report_capacity (report_id, capacity_line_id, region_id, fte, hours, position)
     SELECT r.id, c.id, r.region_id, round(c.fte * rp.position / 3, 2), c.hours * rp.position / 3, c.position
       FROM progress_reports r
       JOIN reporting_periods rp ON rp.id = r.period_id
       JOIN assignment_capacity_lines c ON c.assignment_id = r.assignment_id
      WHERE r.region_id = $1`,
  );
  await run(
    'progress_report_kpi_values',
    `INSERT INTO progress_report_kpi_values (report_id, kpi_id, region_id, value, measured_on, source, position)
     SELECT r.id, k.id, r.region_id,
            CASE WHEN k.baseline ~ '^[0-9]+$' AND k.target ~ '^[0-9]+$'
                 THEN (k.baseline::int + (k.target::int - k.baseline::int) * rp.position * 40 / 100)::text
                 ELSE 'in uitvoering' END,
            rp.data_until, 'Regionale monitor', k.position
       FROM progress_reports r
       JOIN reporting_periods rp ON rp.id = r.period_id
       JOIN assignment_kpis k ON k.assignment_id = r.assignment_id
      WHERE r.region_id = $1`,
  );
  const hm = H(`r.id::text`);
  await run(
    'progress_report_milestones',
    `INSERT INTO progress_report_milestones (report_id, region_id, title, planned_on, done_on, position)
     SELECT r.id, r.region_id, 'Tussenresultaat ' || rp.position, rp.data_until - 30,
            CASE WHEN ${hm} < 85 THEN rp.data_until - 30 + (${hm} % 20 - 10) END, 0
       FROM progress_reports r JOIN reporting_periods rp ON rp.id = r.period_id
      WHERE r.region_id = $1`,
  );
  await run(
    'progress_report_risks',
    `INSERT INTO progress_report_risks (report_id, region_id, description, likelihood, impact, measure, position)
     SELECT r.id, r.region_id, 'Capaciteit bij partners blijft achter', 'high', 'medium',
            'Afspraken over inzet herzien in de stuurgroep', 0
       FROM progress_reports r WHERE r.region_id = $1 AND r.course = 'niet_op_koers'`,
  );
  return counts;
}
