import { EntityManager } from 'typeorm';

/**
 * Looks up what the 'reference-data' seed step inserted, for later seed steps. Keys are the
 * stable names of seed/data/reference-data.ts: region short names ('MRE', 'Regio Zwolle'), theme
 * titles, municipality, organisation and person names, external programme names. Each throws
 * when the record is missing, so a broken seed fails loudly (and is retried on the next start).
 */
async function idBy(
  manager: EntityManager,
  what: string,
  sql: string,
  params: unknown[],
): Promise<string> {
  const rows: { id: string }[] = await manager.query(sql, params);
  if (rows.length !== 1) {
    throw new Error(`Demo seed: ${what} "${String(params[params.length - 1])}" not found once.`);
  }
  return rows[0].id;
}

export const demoRegionId = (manager: EntityManager, shortName: string) =>
  idBy(manager, 'region', 'SELECT id FROM regions WHERE short_name = $1', [shortName]);

export const demoMunicipalityId = (manager: EntityManager, regionId: string, name: string) =>
  idBy(
    manager,
    'municipality',
    'SELECT id FROM municipalities WHERE region_id = $1 AND name = $2',
    [regionId, name],
  );

export const demoThemeId = (manager: EntityManager, regionId: string, title: string) =>
  idBy(manager, 'theme', 'SELECT id FROM themes WHERE region_id = $1 AND title = $2', [
    regionId,
    title,
  ]);

export const demoOrganisationId = (manager: EntityManager, regionId: string, name: string) =>
  idBy(manager, 'organisation', 'SELECT id FROM organisations WHERE region_id = $1 AND name = $2', [
    regionId,
    name,
  ]);

export const demoPersonId = (manager: EntityManager, regionId: string, name: string) =>
  idBy(manager, 'person', 'SELECT id FROM people WHERE region_id = $1 AND name = $2', [
    regionId,
    name,
  ]);

export const externalProgrammeId = (manager: EntityManager, name: string) =>
  idBy(manager, 'external programme', 'SELECT id FROM external_programmes WHERE name = $1', [name]);
