import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** A region with reference data of its own, inserted with plain SQL for the programme tests. */
export interface RegionFixture {
  regionId: string;
  municipalityIds: string[];
  themeIds: string[];
  personIds: string[];
  organisationIds: string[];
  externalProgrammeIds: string[];
}

async function insertId(client: Client, sql: string, params: unknown[]): Promise<string> {
  const { rows } = await client.query<{ id: string }>(`${sql} RETURNING id`, params);
  return rows[0].id;
}

/** Creates a region with 3 municipalities, 2 themes, 3 people, 2 organisations, 1 external programme. */
export async function createRegionFixture(
  dbUrl: string,
  name = 'Testregio',
): Promise<RegionFixture> {
  const client = new Client({ connectionString: dbUrl });
  await client.connect();
  const suffix = randomBytes(4).toString('hex');
  try {
    const regionId = await insertId(
      client,
      `INSERT INTO regions (name, short_name, governance_mode) VALUES ($1, $2, 'wgr_public_body')`,
      [`${name} ${suffix}`, `T-${suffix}`],
    );
    const municipalityIds: string[] = [];
    for (const [i, town] of ['Asten', 'Deurne', 'Best'].entries()) {
      municipalityIds.push(
        await insertId(
          client,
          `INSERT INTO municipalities (region_id, name, cbs_code, province, population)
           VALUES ($1, $2, $3, 'Noord-Brabant', $4)`,
          [regionId, town, `GM${String(1000 + i).padStart(4, '0')}`, 10_000 * (i + 1)],
        ),
      );
    }
    const themeIds: string[] = [];
    for (const title of ['Mobiliteit', 'Wonen']) {
      themeIds.push(
        await insertId(
          client,
          `INSERT INTO themes (region_id, title, period_start_year, period_end_year)
           VALUES ($1, $2, 2023, 2026)`,
          [regionId, title],
        ),
      );
    }
    const organisationIds: string[] = [];
    for (const [org, kind] of [
      ['Provincie Noord-Brabant', 'province'],
      ['Waterschap Aa en Maas', 'water_board'],
    ]) {
      organisationIds.push(
        await insertId(
          client,
          `INSERT INTO organisations (region_id, name, kind) VALUES ($1, $2, $3)`,
          [regionId, org, kind],
        ),
      );
    }
    const personIds: string[] = [];
    for (const person of ['Wethouder Jansen', 'Programmamanager de Vries', 'Gedeputeerde Smit']) {
      personIds.push(
        await insertId(client, `INSERT INTO people (region_id, name) VALUES ($1, $2)`, [
          regionId,
          person,
        ]),
      );
    }
    const externalProgrammeIds = [
      await insertId(
        client,
        `INSERT INTO external_programmes (name, level, region_id) VALUES ($1, 'national', $2)`,
        [`Deltaprogramma ${suffix}`, regionId],
      ),
    ];
    return {
      regionId,
      municipalityIds,
      themeIds,
      personIds,
      organisationIds,
      externalProgrammeIds,
    };
  } finally {
    await client.end();
  }
}
