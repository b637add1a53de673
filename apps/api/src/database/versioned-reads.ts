import { EntityManager } from 'typeorm';
import { BoundedCache, boundedCache } from '../common/bounded-cache';
import { preparedRead, runPrepared } from './prepared-read';
import { programmeNotFound } from '../modules/programmes/programme.errors';

/** The data version of the programme's region (0 before its first change); none → 404. */
const DATA_VERSION = preparedRead(
  'koers_programme_data_version',
  `SELECT koers_region_data_version(p.region_id)::text AS version
     FROM programmes p WHERE p.id = $1`,
);

export async function readDataVersion(
  manager: EntityManager,
  programmeId: string,
): Promise<string> {
  const [row] = await runPrepared<{ version: string }>(manager, DATA_VERSION, [programmeId]);
  if (!row) throw programmeNotFound(programmeId);
  return row.version;
}

/**
 * The SQL of the data versions of the regions in the uuid[] parameter `param`, as one text
 * ("region:version,…" in region order): a read of several regions is kept under it.
 */
export const regionsDataVersionSql = (param: string) => `
  SELECT coalesce(string_agg(g.region_id || ':' || koers_region_data_version(g.region_id), ','
                             ORDER BY g.region_id), '')
    FROM (SELECT DISTINCT unnest(${param}::uuid[]) AS region_id) g`;

const REGIONS_DATA_VERSION = preparedRead(
  'koers_regions_data_version',
  `SELECT (${regionsDataVersionSql('$1')}) AS version`,
);

/** The data versions of these regions as one text; see {@link regionsDataVersionSql}. */
export async function readRegionsDataVersion(
  manager: EntityManager,
  regionIds: string[],
): Promise<string> {
  const [row] = await runPrepared<{ version: string }>(manager, REGIONS_DATA_VERSION, [regionIds]);
  return row.version;
}

/**
 * What the contributions, the municipality summary, the roll-up and the portfolio read from the
 * database, kept per region
 * data version (migration RegionDataVersions): every committed change to the data those pages
 * show moves the version, so a read kept under the version a request sees is that data. A
 * request then costs a one-row read instead of building the split's whole input (1.1 ms and
 * 31 kB of JSON per request on the national data — issue 7). A read is kept under the version
 * it was read at (same statement), not the one checked before it. Bounded (`boundedCache`): the
 * least recently used goes first. The reads are shared between requests: never change them.
 */
export class VersionedReads {
  private readonly reads: BoundedCache<string, object>;

  constructor(maxEntries = 256) {
    this.reads = boundedCache<string, object>({ max: maxEntries });
  }

  async get<T extends { dataVersion: string }>(
    key: string,
    version: string,
    read: () => Promise<T>,
  ): Promise<T> {
    const kept = this.reads.get(`${key}@${version}`) as T | undefined;
    if (kept) return kept;
    const fresh = await read();
    this.reads.set(`${key}@${fresh.dataVersion}`, fresh);
    return fresh;
  }
}
