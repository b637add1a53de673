// The raw baseline of `npm run bench`: plain node:http and `pg`, the smallest hand-written SQL that
// answers the same JSON as Koers for the programme overview and the ratification matrix. No
// framework, no ORM, no sessions or access checks: the ceiling Koers is compared against. And the
// floor of a write: an assignment's new title with its audit record, in one statement.
//   DATABASE_URL=postgres://... PORT=3311 node bench/baseline-server.mjs
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
pool.on('error', () => undefined); // PostgreSQL going away at the end of a run is not a crash
const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const ts = (column) => `to_char(${column} AT TIME ZONE 'UTC', ${ISO})`;

const PROGRAMME_SQL = `
  WITH a AS (SELECT id, theme_id FROM assignments WHERE programme_id = $1),
       b AS (SELECT b.funding_source, b.year, b.amount_cents, a.theme_id
               FROM assignment_budget_lines b JOIN a ON a.id = b.assignment_id)
  SELECT p.id, p.region_id, p.year, p.title, p.introduction, p.status,
         to_char(p.population_reference_date, 'YYYY-MM-DD') AS population_reference_date,
         p.contribution_key, p.view_window_weeks,
         to_char(p.sent_to_councils_on, 'YYYY-MM-DD') AS sent_to_councils_on,
         to_char(p.consultation_deadline, 'YYYY-MM-DD') AS consultation_deadline,
         to_char(p.adopted_on, 'YYYY-MM-DD') AS adopted_on, p.current_version_number, p.version,
         ${ts('p.created_at')} AS created_at, ${ts('p.updated_at')} AS updated_at,
         (SELECT count(*) FROM a)::int AS assignment_count,
         (SELECT coalesce(sum(amount_cents), 0)::float8 FROM b) AS total,
         (SELECT coalesce(json_agg(x ORDER BY x.s), '[]') FROM (SELECT funding_source AS s,
            sum(amount_cents)::float8 AS c FROM b GROUP BY 1) x) AS by_source,
         (SELECT coalesce(json_agg(x ORDER BY x.title, x.id), '[]') FROM (SELECT t.id, t.title,
            sum(b.amount_cents)::float8 AS c FROM b JOIN themes t ON t.id = b.theme_id
            GROUP BY t.id, t.title) x) AS by_theme,
         (SELECT coalesce(json_agg(x ORDER BY x.year), '[]') FROM (SELECT year,
            sum(amount_cents)::float8 AS c FROM b GROUP BY 1) x) AS by_year,
         (SELECT coalesce(json_agg(x ORDER BY x.name, x.org), '[]') FROM (SELECT
            c.supplier_organisation_id AS org, c.supplier_name AS name, sum(c.fte)::float8 AS fte,
            sum(c.hours)::float8 AS hours FROM assignment_capacity_lines c JOIN a ON a.id = c.assignment_id
            GROUP BY 1, 2) x) AS by_supplier
    FROM programmes p WHERE p.id = $1`;

async function programme(id) {
  const { rows } = await pool.query(PROGRAMME_SQL, [id]);
  const p = rows[0];
  if (!p) return null;
  const capacity = p.by_supplier.map((s) => ({
    supplierOrganisationId: s.org,
    supplierName: s.name,
    fte: s.fte ?? 0,
    hours: s.hours ?? 0,
  }));
  return {
    id: p.id,
    regionId: p.region_id,
    year: p.year,
    title: p.title,
    introduction: p.introduction,
    status: p.status,
    populationReferenceDate: p.population_reference_date,
    contributionKey: p.contribution_key,
    viewWindowWeeks: p.view_window_weeks,
    sentToCouncilsOn: p.sent_to_councils_on,
    consultationDeadline: p.consultation_deadline,
    adoptedOn: p.adopted_on,
    versionCount: p.current_version_number,
    assignmentCount: p.assignment_count,
    version: p.version,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
    totals: {
      assignmentCount: p.assignment_count,
      budgetTotalCents: p.total,
      budgetByFundingSource: p.by_source.map((r) => ({ fundingSource: r.s, amountCents: r.c })),
      budgetByTheme: p.by_theme.map((r) => ({
        themeId: r.id,
        themeTitle: r.title,
        amountCents: r.c,
      })),
      budgetByYear: p.by_year.map((r) => ({ year: r.year, amountCents: r.c })),
      fteTotal: capacity.reduce((sum, c) => sum + Math.round(c.fte * 100), 0) / 100,
      hoursTotal: capacity.reduce((sum, c) => sum + c.hours, 0),
      capacityBySupplier: capacity,
    },
  };
}

const MATRIX_SQL = `
  SELECT p.status, to_char(p.sent_to_councils_on, 'YYYY-MM-DD') AS sent,
         to_char(p.consultation_deadline, 'YYYY-MM-DD') AS deadline,
         (SELECT coalesce(json_agg(json_build_object('id', id, 'code', code, 'title', title)
            ORDER BY code, id), '[]') FROM assignments WHERE programme_id = p.id) AS assignments,
         (SELECT json_agg(json_build_object('id', d.id, 'm', json_build_object('id', m.id,
            'name', m.name, 'cbsCode', m.cbs_code), 'status', d.status,
            'meeting', to_char(d.council_meeting_date, 'YYYY-MM-DD'),
            'decided', to_char(d.decision_date, 'YYYY-MM-DD'), 'ref', d.decision_reference,
            'url', d.decision_url, 'declined', d.declined_assignment_ids, 'version', d.version,
            'updatedAt', ${ts('d.updated_at')},
            'points', (SELECT count(*) FROM view_points v WHERE v.council_decision_id = d.id),
            'open', (SELECT count(*) FROM view_points v WHERE v.council_decision_id = d.id
                       AND v.answer IS NULL)))
            FROM council_decisions d JOIN municipalities m ON m.id = d.municipality_id
           WHERE d.programme_id = p.id) AS items
    FROM programmes p WHERE p.id = $1`;

const STATUSES = [
  'pending',
  'no_view',
  'view_submitted',
  'agreed',
  'agreed_with_view',
  'rejected',
  'partial',
];
const today = () =>
  process.env.KOERS_TODAY ??
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const days = (from, to) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

function deadlineState(d, deadline, now) {
  if (!deadline) return null;
  if (d.status !== 'pending' && d.decided)
    return days(d.decided, deadline) >= 0 ? 'on_time' : 'overdue';
  const left = days(now, deadline);
  return left < 0 ? 'overdue' : left <= 14 ? 'due_soon' : 'on_time';
}

async function matrix(id) {
  const { rows } = await pool.query(MATRIX_SQL, [id]);
  const p = rows[0];
  if (!p || !p.items) return null;
  const now = today();
  const items = p.items
    .map((d) => {
      const declined = new Set(d.declined);
      return {
        id: d.id,
        programmeId: id,
        municipality: d.m,
        status: d.status,
        responded: d.status !== 'pending',
        councilMeetingDate: d.meeting,
        decisionDate: d.decided,
        decisionReference: d.ref,
        decisionUrl: d.url,
        declinedAssignments:
          d.status === 'rejected' ? p.assignments : p.assignments.filter((a) => declined.has(a.id)),
        viewPointCount: d.points,
        unansweredViewPointCount: d.open,
        deadline: p.deadline,
        deadlineState: deadlineState(d, p.deadline, now),
        version: d.version,
        updatedAt: d.updatedAt,
      };
    })
    .sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'nl'));
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0]));
  const byDeadlineState = { on_time: 0, due_soon: 0, overdue: 0 };
  for (const item of items) {
    byStatus[item.status] += 1;
    if (item.deadlineState) byDeadlineState[item.deadlineState] += 1;
  }
  return {
    programmeId: id,
    programmeStatus: p.status,
    sentToCouncilsOn: p.sent,
    deadline: p.deadline,
    today: now,
    items,
    counts: {
      total: items.length,
      responded: items.filter((i) => i.responded).length,
      byStatus,
      byDeadlineState,
      viewPoints: items.reduce((s, i) => s + i.viewPointCount, 0),
      unansweredViewPoints: items.reduce((s, i) => s + i.unansweredViewPointCount, 0),
    },
  };
}

// One round trip, committed on its own: lock the row, check the version, write the title, and
// write the audit record of the change (the database's audit triggers and the region data version
// run as they do for Koers). What Koers adds is its session, access checks, validation, the
// transaction and the answer with everything the assignment owns.
const TITLE_SQL = `
  WITH old AS (SELECT id, title, version FROM assignments WHERE id = $1 FOR UPDATE),
       upd AS (UPDATE assignments a SET title = $2, version = a.version + 1, updated_at = now()
                 FROM old WHERE a.id = old.id AND old.version = $3
               RETURNING a.id, a.region_id, a.programme_id, a.title, a.version, old.title AS was),
       audit AS (INSERT INTO audit_records (region_id, programme_id, entity, entity_id, action,
                                            changes, actor_name)
                 SELECT region_id, programme_id, 'assignment', id, 'update',
                        jsonb_build_array(jsonb_build_object('field', 'title', 'old', was,
                                                             'new', title)), 'baseline'
                   FROM upd)
  SELECT (SELECT version FROM old) AS current, upd.id, upd.title, upd.version
    FROM (SELECT 1) one LEFT JOIN upd ON true`;

async function retitle(id, body) {
  const { title, version } = JSON.parse(body);
  const { rows } = await pool.query(TITLE_SQL, [id, title, version]);
  const row = rows[0];
  if (row.current === null) return null;
  if (row.id === null) return [409, { status: 409, currentVersion: row.current }];
  return { id: row.id, title: row.title, version: row.version };
}

const ROUTES = [
  ['GET', /^\/api\/programmes\/([0-9a-f-]{36})$/, programme],
  ['GET', /^\/api\/programmes\/([0-9a-f-]{36})\/council-decisions$/, matrix],
  ['PATCH', /^\/api\/assignments\/([0-9a-f-]{36})$/, retitle],
];

async function bodyOf(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

const server = http.createServer(async (req, res) => {
  const route = ROUTES.map(([method, re, fn]) => [
    method === req.method && req.url.match(re),
    fn,
  ]).find(([m]) => m);
  if (!route) return send(res, 404, { status: 404 });
  try {
    const answer = await route[1](route[0][1], req.method === 'GET' ? null : await bodyOf(req));
    const [status, body] = Array.isArray(answer) ? answer : [answer ? 200 : 404, answer];
    send(res, status, body ?? { status: 404 });
  } catch (error) {
    send(res, 500, { status: 500, detail: String(error) });
  }
});

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

server.listen(Number(process.env.PORT ?? 3311), '127.0.0.1', () => console.log('baseline ready'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
