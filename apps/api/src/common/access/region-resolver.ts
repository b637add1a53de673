import type { ErrorCode, ProgrammeStatus } from '@koers/contracts';
import { PUBLISHED_STATUSES } from '@koers/domain';
import { EntityManager } from 'typeorm';
import { PreparedRead, preparedRead, runPrepared } from '../../database/prepared-read';
import { BoundedCache, boundedCache } from '../bounded-cache';
import { KoersError } from '../koers-error';
import { assignmentNotFound } from '../../modules/assignments/assignment.errors';
import { municipalityNotFound } from '../../modules/municipalities/municipality.errors';
import { programmeNotFound } from '../../modules/programmes/programme.errors';
import { regionNotFound } from '../../modules/regions/region.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const notFound = (code: ErrorCode, what: string) => (id: string) =>
  new KoersError(code, 404, `${what} ${id} bestaat niet.`, { params: { what, id } });

/** The tables whose rows belong to one region (column region_id), and their not-found problem. */
const OWNED_TABLES = {
  regions: regionNotFound,
  programmes: programmeNotFound,
  assignments: assignmentNotFound,
  municipalities: municipalityNotFound,
  people: notFound('PERSON_NOT_FOUND', 'Persoon'),
  organisations: notFound('ORGANISATION_NOT_FOUND', 'Organisatie'),
  themes: notFound('THEME_NOT_FOUND', 'Thema'),
  council_decisions: notFound('COUNCIL_DECISION_NOT_FOUND', 'Raadsbesluit'),
  view_points: notFound('VIEW_POINT_NOT_FOUND', 'Zienswijzepunt'),
  programme_versions: notFound('PROGRAMME_VERSION_NOT_FOUND', 'Programmaversie'),
} satisfies Record<string, (id: string) => KoersError>;

export type OwnedTable = keyof typeof OWNED_TABLES;

/** Path params that name a region-owned row, most specific region first. */
const PARAM_TABLES: [param: string, table: OwnedTable][] = [
  ['regionId', 'regions'],
  ['programmeId', 'programmes'],
  ['assignmentId', 'assignments'],
  ['municipalityId', 'municipalities'],
  ['decisionId', 'council_decisions'],
  ['pointId', 'view_points'],
  ['versionId', 'programme_versions'],
];

export interface ResolvedRegion {
  regionId: string;
  /** The problem to answer when the caller may not know that the row exists. */
  notFound: () => KoersError;
}

/**
 * The regions of rows already resolved. A row never moves to another region (migration
 * RegionOfARowIsFixed refuses it) and ids are never reused, so an entry never goes stale: a row
 * deleted since still answers its 404 from the handler. Saves a round trip on most requests
 * (issue 7). Bounded (`boundedCache`): the least recently used goes first.
 */
export class RegionCache {
  private readonly regions: BoundedCache<string, string>;

  constructor(maxEntries = 100_000) {
    this.regions = boundedCache<string, string>({ max: maxEntries });
  }

  get(table: OwnedTable, id: string): string | undefined {
    return this.regions.get(`${table}:${id}`);
  }

  set(table: OwnedTable, id: string, regionId: string): void {
    this.regions.set(`${table}:${id}`, regionId);
  }
}

const REGION_OF = Object.fromEntries(
  Object.keys(OWNED_TABLES).map((table) => [
    table,
    preparedRead(
      `koers_region_of_${table}`,
      `SELECT ${table === 'regions' ? 'id' : 'region_id'} AS region_id FROM "${table}" WHERE id = $1`,
    ),
  ]),
) as Record<OwnedTable, PreparedRead>;

/**
 * THE resolver: the region a request is about, from its route params (one small query, or none
 * when `cache` knows the row), or undefined when the route names no region-owned row. A param
 * that is no uuid, or names no row, throws the resource's 404 problem.
 */
export async function resolveRegion(
  manager: EntityManager,
  params: Record<string, string | undefined>,
  idTable?: OwnedTable,
  cache?: RegionCache,
): Promise<ResolvedRegion | undefined> {
  const candidates: [string, OwnedTable][] = idTable
    ? [...PARAM_TABLES, ['id', idTable]]
    : PARAM_TABLES;
  const match = candidates.find(([param]) => params[param] !== undefined);
  if (!match) return undefined;
  const [param, table] = match;
  const id = params[param] as string;
  const problem = () => OWNED_TABLES[table](id);
  if (!UUID.test(id)) throw problem();
  const known = cache?.get(table, id.toLowerCase());
  if (known) return { regionId: known, notFound: problem };
  const rows = await runPrepared<{ region_id: string }>(manager, REGION_OF[table], [id]);
  if (rows.length === 0) throw problem();
  cache?.set(table, id.toLowerCase(), rows[0].region_id);
  return { regionId: rows[0].region_id, notFound: problem };
}

/** The row of a programme-scoped path param, and how to reach its programme from that table. */
const PROGRAMME_OF: [param: string, sql: string][] = [
  ['programmeId', `SELECT status FROM programmes WHERE id = $1`],
  [
    'assignmentId',
    `SELECT p.status FROM assignments a JOIN programmes p ON p.id = a.programme_id WHERE a.id = $1`,
  ],
  [
    'decisionId',
    `SELECT p.status FROM council_decisions d JOIN programmes p ON p.id = d.programme_id
      WHERE d.id = $1`,
  ],
  [
    'pointId',
    `SELECT p.status FROM view_points v JOIN programmes p ON p.id = v.programme_id WHERE v.id = $1`,
  ],
  [
    'versionId',
    `SELECT p.status FROM programme_versions v JOIN programmes p ON p.id = v.programme_id
      WHERE v.id = $1`,
  ],
];

/**
 * The status of the programme the params name (directly, or through an assignment, a council
 * decision, a view point or a version), or undefined when they name none.
 */
export async function programmeStatusOf(
  manager: EntityManager,
  params: Record<string, string | undefined>,
): Promise<ProgrammeStatus | undefined> {
  const match = PROGRAMME_OF.find(([param]) => params[param] !== undefined);
  if (!match || !UUID.test(params[match[0]] as string)) return undefined;
  const rows: { status: ProgrammeStatus }[] = await manager.query(match[1], [params[match[0]]]);
  return rows[0]?.status;
}

/** Whether the programme the params name (directly or through an assignment) is public. */
export async function isPublishedProgramme(
  manager: EntityManager,
  params: Record<string, string | undefined>,
): Promise<boolean> {
  if (params.programmeId === undefined && params.assignmentId === undefined) return false;
  const status = await programmeStatusOf(manager, params);
  return status !== undefined && PUBLISHED_STATUSES.includes(status);
}

/** The portfolio holder (person id) of the assignment in the path, if any. */
export async function assignmentPortfolioHolder(
  manager: EntityManager,
  assignmentId: string,
): Promise<string | null> {
  const rows: { portfolio_holder_id: string | null }[] = await manager.query(
    `SELECT portfolio_holder_id FROM assignments WHERE id = $1`,
    [assignmentId],
  );
  return rows[0]?.portfolio_holder_id ?? null;
}

/** The regions a user holds any role in (for `:userId` routes). */
export async function userRegionIds(manager: EntityManager, userId: string): Promise<string[]> {
  if (!UUID.test(userId)) return [];
  const rows: { region_id: string }[] = await manager.query(
    `SELECT DISTINCT region_id FROM role_assignments WHERE user_id = $1`,
    [userId],
  );
  return rows.map((r) => r.region_id);
}

/** The portfolio holder and the lead (person ids) of the assignment in the path, if any. */
export async function assignmentReporters(
  manager: EntityManager,
  assignmentId: string,
): Promise<string[]> {
  const rows: { portfolio_holder_id: string | null; lead_id: string | null }[] =
    await manager.query(`SELECT portfolio_holder_id, lead_id FROM assignments WHERE id = $1`, [
      assignmentId,
    ]);
  return rows.flatMap((r) => [r.portfolio_holder_id, r.lead_id]).filter((id) => id !== null);
}
