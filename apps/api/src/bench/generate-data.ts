import { hashPassword } from '../modules/auth/passwords';
import { BENCH_PASSWORD, BenchScale, ProgrammeStatus } from './bench-scale';
import { Column, insertRows, Queryable } from './bulk-insert';
import { buildProgramme, Rows } from './programme-data';
import { Prng } from './prng';
import { insertProgressReports } from './report-data';
import { buildReferenceModel } from './reference-model';
import { InsertCounts, insertRegion, RegionContext, USER_COLUMNS } from './region-data';

/** Columns per table, in the order the builders push values. Parents before children. */
const TABLES: [string, Column[]][] = [
  [
    'programmes',
    [
      ['id', 'uuid'],
      ['region_id', 'uuid'],
      ['year', 'int'],
      ['title', 'text'],
      ['introduction', 'text'],
      ['status', 'text'],
      ['version', 'int'],
      ['view_window_weeks', 'int'],
      ['sent_to_councils_on', 'date'],
      ['consultation_deadline', 'date'],
      ['adopted_on', 'date'],
      ['current_version_number', 'int'],
    ],
  ],
  [
    'assignments',
    [
      ['id', 'uuid'],
      ['programme_id', 'uuid'],
      ['region_id', 'uuid'],
      ['theme_id', 'uuid'],
      ['code', 'text'],
      ['title', 'text'],
      ['goal', 'text'],
      ['results', 'jsonb'],
      ['risks', 'jsonb'],
      ['portfolio_holder_id', 'uuid'],
      ['lead_id', 'uuid'],
      ['participation', 'text'],
      ['mandate_scope', 'text'],
      ['mandate_budget_ceiling_cents', 'bigint'],
      ['mandate_valid_from', 'date'],
      ['mandate_valid_until', 'date'],
      ['mandate_report_back_dates', 'date[]'],
      ['mandate_escalation', 'text'],
      ['status', 'text'],
      ['priority', 'int'],
    ],
  ],
  [
    'assignment_budget_lines',
    [
      ['id', 'uuid'],
      ['assignment_id', 'uuid'],
      ['region_id', 'uuid'],
      ['funding_source', 'text'],
      ['source_name', 'text'],
      ['year', 'int'],
      ['amount_cents', 'bigint'],
      ['position', 'int'],
    ],
  ],
  [
    'assignment_capacity_lines',
    [
      ['id', 'uuid'],
      ['assignment_id', 'uuid'],
      ['region_id', 'uuid'],
      ['supplier_organisation_id', 'uuid'],
      ['supplier_name', 'text'],
      ['year', 'int'],
      ['fte', 'numeric'],
      ['hours', 'int'],
      ['position', 'int'],
    ],
  ],
  [
    'assignment_kpis',
    [
      ['id', 'uuid'],
      ['assignment_id', 'uuid'],
      ['region_id', 'uuid'],
      ['name', 'text'],
      ['unit', 'text'],
      ['baseline', 'text'],
      ['target', 'text'],
      ['target_date', 'date'],
      ['broad_prosperity_theme', 'text'],
      ['position', 'int'],
    ],
  ],
  [
    'assignment_participants',
    [
      ['assignment_id', 'uuid'],
      ['municipality_id', 'uuid'],
      ['region_id', 'uuid'],
    ],
  ],
  [
    'programme_versions',
    [
      ['id', 'uuid'],
      ['programme_id', 'uuid'],
      ['region_id', 'uuid'],
      ['number', 'int'],
      ['from_status', 'text'],
      ['to_status', 'text'],
      ['reason', 'text'],
      ['created_by', 'text'],
      ['snapshot', 'jsonb'],
      ['created_at', 'timestamptz'],
    ],
  ],
  [
    'council_decisions',
    [
      ['id', 'uuid'],
      ['programme_id', 'uuid'],
      ['region_id', 'uuid'],
      ['municipality_id', 'uuid'],
      ['status', 'text'],
      ['council_meeting_date', 'date'],
      ['decision_date', 'date'],
      ['decision_reference', 'text'],
      ['declined_assignment_ids', 'uuid[]'],
      ['version', 'int'],
    ],
  ],
  [
    'view_points',
    [
      ['id', 'uuid'],
      ['programme_id', 'uuid'],
      ['region_id', 'uuid'],
      ['council_decision_id', 'uuid'],
      ['municipality_id', 'uuid'],
      ['number', 'int'],
      ['text', 'text'],
      ['assignment_id', 'uuid'],
      ['answer', 'text'],
      ['outcome', 'text'],
      ['answered_at', 'timestamptz'],
      ['answered_by', 'text'],
    ],
  ],
  [
    'audit_records',
    [
      ['occurred_at', 'timestamptz'],
      ['region_id', 'uuid'],
      ['actor_id', 'uuid'],
      ['actor_name', 'text'],
      ['actor_role', 'text'],
      ['entity', 'text'],
      ['entity_id', 'uuid'],
      ['action', 'text'],
      ['changes', 'jsonb'],
      ['reason', 'text'],
    ],
  ],
];

export interface BenchDataResult {
  scale: string;
  counts: InsertCounts;
  seconds: number;
  /** What the load test reads: the busiest region's latest programme and who may read it. */
  target: { regionId: string; programmeId: string; municipalityId: string; email: string };
  password: string;
}

export type ProgressLog = (line: string) => void;

function statusOf(year: number, lastYear: number): ProgrammeStatus {
  if (year === lastYear) return 'consultation';
  return year === lastYear - 1 ? 'in_execution' : 'closed';
}

/**
 * Fills a freshly migrated, empty Koers database with a deterministic dataset of `scale`:
 * reference data, programmes with assignments, versions, council decisions and view points,
 * users (password {@link BENCH_PASSWORD}) and the audit trail — through bulk SQL, region by region.
 */
export async function generateBenchData(
  db: Queryable,
  scale: BenchScale,
  log: ProgressLog = () => undefined,
): Promise<BenchDataResult> {
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s`;
  const prng = new Prng(scale.seed);
  const model = buildReferenceModel(scale.seed);
  const counts: InsertCounts = {};
  const add = (table: string, n: number) => (counts[table] = (counts[table] ?? 0) + n);
  const years = { first: scale.lastYear - scale.years + 1, last: scale.lastYear };
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  add(
    'users',
    await insertRows(db, 'users', USER_COLUMNS, [
      [prng.uuid(), 'admin@bench.koers', 'Platformbeheer (benchmark)', passwordHash, true],
    ]),
  );

  let first: { region: RegionContext; programmeId: string } | undefined;
  for (const region of model.regions.slice(0, scale.regions)) {
    const context = await insertRegion(
      db,
      prng,
      region,
      model.municipalities,
      years,
      passwordHash,
      counts,
    );
    const rows: Rows = {};
    const programmes = [];
    for (let year = years.first; year <= years.last; year++) {
      programmes.push(
        buildProgramme(
          prng,
          context,
          year,
          statusOf(year, years.last),
          scale.assignmentsPerProgramme,
          rows,
        ),
      );
    }
    for (const [table, columns] of TABLES)
      add(table, await insertRows(db, table, columns, rows[table] ?? []));
    add('audit_records', await insertEditAudit(db, context, scale.auditEditsPerAssignment));
    for (const [table, n] of Object.entries(await insertProgressReports(db, context.id))) {
      add(table, n);
    }
    first ??= { region: context, programmeId: programmes[programmes.length - 1].id };
    log(
      `${elapsed()}  region ${region.shortName} (${context.members.length} members): ` +
        `${programmes.length} programmes, ${rows.assignments?.length ?? 0} assignments, ` +
        `${counts.audit_records} audit records so far`,
    );
  }
  if (!first) throw new Error('The scale makes no region.');
  add(
    'audit_records',
    await insertBusyAudit(db, first.region, first.programmeId, scale.busyEntityAuditRecords),
  );
  log(
    `${elapsed()}  busy entity: ${scale.busyEntityAuditRecords} audit records on programme ${first.programmeId}`,
  );
  // Like autovacuum would have by now: statistics, and a visibility map for index-only scans.
  await db.query('VACUUM (ANALYZE)');
  log(`${elapsed()}  vacuumed and analyzed`);
  return {
    scale: scale.name,
    counts,
    seconds: (Date.now() - started) / 1000,
    target: {
      regionId: first.region.id,
      programmeId: first.programmeId,
      municipalityId: first.region.members[0].id,
      email: first.region.bureauEmail,
    },
    password: BENCH_PASSWORD,
  };
}

/** Every assignment of the region gets `edits` update records, written by PostgreSQL itself. */
async function insertEditAudit(db: Queryable, region: RegionContext, edits: number) {
  const result = await db.query(
    `INSERT INTO audit_records (occurred_at, region_id, actor_name, actor_role, entity, entity_id, action, changes)
     SELECT make_timestamptz(p.year - 1, 6, 2, 9, 0, 0, 'UTC') + g * interval '47 minutes',
            a.region_id, $2, 'bureau', 'assignment', a.id, 'update',
            jsonb_build_array(jsonb_build_object('field', 'goal',
              'old', 'Doel, versie ' || g, 'new', 'Doel, versie ' || (g + 1)))
       FROM assignments a JOIN programmes p ON p.id = a.programme_id
      CROSS JOIN generate_series(1, $3::int) g
      WHERE a.region_id = $1
      ORDER BY p.year, g, a.code`,
    [region.id, region.bureauEmail, edits],
  );
  return result.rowCount ?? 0;
}

/** The busy entity: a programme edited over and over (its late pages are what the bench reads). */
async function insertBusyAudit(
  db: Queryable,
  region: RegionContext,
  programmeId: string,
  n: number,
) {
  const result = await db.query(
    `INSERT INTO audit_records (occurred_at, region_id, actor_name, actor_role, entity, entity_id, action, changes)
     SELECT timestamptz '2026-01-01 00:00Z' + g * interval '7 minutes', $1, $2, 'bureau', 'programme', $3,
            'update', jsonb_build_array(jsonb_build_object('field', 'introduction',
              'old', 'Inleiding ' || g, 'new', 'Inleiding ' || (g + 1)))
       FROM generate_series(1, $4::int) g ORDER BY g`,
    [region.id, region.bureauEmail, programmeId, n],
  );
  return result.rowCount ?? 0;
}
