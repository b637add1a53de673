import { Column, insertRows, Queryable } from './bulk-insert';
import { Prng } from './prng';
import { ModelMunicipality, ModelRegion, populationIn } from './reference-model';

/** What the programmes of a region refer to. */
export interface RegionContext {
  id: string;
  shortName: string;
  members: { id: string; name: string; cbsCode: string }[];
  organisations: { id: string; name: string }[];
  people: string[];
  themes: { id: string; title: string }[];
  bureauEmail: string;
}

export interface InsertCounts {
  [table: string]: number;
}

const THEMES = [
  'Economie en innovatie',
  'Energie en klimaat',
  'Wonen en ruimte',
  'Mobiliteit en bereikbaarheid',
  'Sociaal domein en gezondheid',
];
const FIRST_NAMES = [
  'Anouk',
  'Bram',
  'Carla',
  'Daan',
  'Eva',
  'Fleur',
  'Gijs',
  'Hanna',
  'Jeroen',
  'Lotte',
  'Milan',
  'Noor',
  'Pieter',
  'Sanne',
  'Thijs',
  'Vera',
];
const LAST_NAMES = [
  'de Vries',
  'Jansen',
  'van Dijk',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
];

export const USER_COLUMNS: Column[] = [
  ['id', 'uuid'],
  ['email', 'text'],
  ['name', 'text'],
  ['password_hash', 'text'],
  ['is_platform_admin', 'boolean'],
];
const ROLE_COLUMNS: Column[] = [
  ['user_id', 'uuid'],
  ['region_id', 'uuid'],
  ['role', 'text'],
  ['municipality_id', 'uuid'],
];

/**
 * Writes one region with its member municipalities (one row per membership, CBS code unique in
 * the region), their population history, partners, people, themes and users with roles.
 */
export async function insertRegion(
  db: Queryable,
  prng: Prng,
  region: ModelRegion,
  all: readonly ModelMunicipality[],
  years: { first: number; last: number },
  passwordHash: string,
  counts: InsertCounts,
): Promise<RegionContext> {
  const add = (table: string, n: number) => (counts[table] = (counts[table] ?? 0) + n);
  const id = prng.uuid();
  add(
    'regions',
    await insertRows(
      db,
      'regions',
      [
        ['id', 'uuid'],
        ['name', 'text'],
        ['short_name', 'text'],
        ['governance_mode', 'text'],
        ['provinces', 'text[]'],
        ['view_window_weeks', 'int'],
        ['default_contribution_key', 'text'],
      ],
      [
        [
          id,
          region.name,
          region.shortName,
          region.governanceMode,
          [region.province],
          12,
          'per_inhabitant',
        ],
      ],
    ),
  );

  const models = region.members.map((i) => all[i]);
  const members = models.map((m) => ({ id: prng.uuid(), name: m.name, cbsCode: m.cbsCode }));
  const current = `${years.last - 1}-01-01`;
  add(
    'municipalities',
    await insertRows(
      db,
      'municipalities',
      [
        ['id', 'uuid'],
        ['region_id', 'uuid'],
        ['name', 'text'],
        ['cbs_code', 'text'],
        ['province', 'text'],
        ['population', 'int'],
        ['population_reference_date', 'date'],
        ['population_source', 'text'],
      ],
      models.map((m, i) => [
        members[i].id,
        id,
        m.name,
        m.cbsCode,
        m.province,
        populationIn(m, years.last - 1),
        current,
        'CBS (benchmark, gegenereerd)',
      ]),
    ),
  );
  const history: unknown[][] = [];
  models.forEach((m, i) => {
    for (let year = years.first - 1; year <= years.last; year++) {
      history.push([members[i].id, id, `${year}-01-01`, populationIn(m, year), 'CBS (benchmark)']);
    }
  });
  add(
    'municipality_populations',
    await insertRows(
      db,
      'municipality_populations',
      [
        ['municipality_id', 'uuid'],
        ['region_id', 'uuid'],
        ['reference_date', 'date'],
        ['population', 'int'],
        ['source', 'text'],
      ],
      history,
    ),
  );

  const organisations = [
    ...members.map((m) => ({ id: prng.uuid(), name: `Gemeente ${m.name}`, kind: 'municipality' })),
    { id: prng.uuid(), name: `Provincie ${region.province}`, kind: 'province' },
    { id: prng.uuid(), name: `Ontwikkelingsmaatschappij ${region.shortName}`, kind: 'business' },
    { id: prng.uuid(), name: `Hogeschool ${region.shortName}`, kind: 'knowledge_institution' },
  ];
  add(
    'organisations',
    await insertRows(
      db,
      'organisations',
      [
        ['id', 'uuid'],
        ['region_id', 'uuid'],
        ['name', 'text'],
        ['kind', 'text'],
      ],
      organisations.map((o) => [o.id, id, o.name, o.kind]),
    ),
  );

  const people = Array.from({ length: 10 }, (_, i) => ({
    id: prng.uuid(),
    name: `${prng.pick(FIRST_NAMES)} ${prng.pick(LAST_NAMES)}`,
    organisation: organisations[i % organisations.length].id,
  }));
  add(
    'people',
    await insertRows(
      db,
      'people',
      [
        ['id', 'uuid'],
        ['region_id', 'uuid'],
        ['name', 'text'],
        ['function', 'text'],
        ['organisation_id', 'uuid'],
      ],
      people.map((p, i) => [
        p.id,
        id,
        p.name,
        i < 4 ? 'wethouder' : 'programmamanager',
        p.organisation,
      ]),
    ),
  );

  const themes = THEMES.map((title) => ({ id: prng.uuid(), title }));
  add(
    'themes',
    await insertRows(
      db,
      'themes',
      [
        ['id', 'uuid'],
        ['region_id', 'uuid'],
        ['title', 'text'],
        ['description', 'text'],
        ['period_start_year', 'int'],
        ['period_end_year', 'int'],
      ],
      themes.map((t) => [
        t.id,
        id,
        t.title,
        `${t.title} in ${region.name}.`,
        years.first,
        years.last + 3,
      ]),
    ),
  );

  const short = region.shortName.toLowerCase();
  const users: [string, string, string, string, string | null][] = [
    [prng.uuid(), `bureau.${short}@bench.koers`, `Bureau ${region.shortName}`, 'bureau', null],
    [prng.uuid(), `board.${short}@bench.koers`, `Bestuur ${region.shortName}`, 'board', null],
    [prng.uuid(), `admin.${short}@bench.koers`, `Beheer ${region.shortName}`, 'admin', null],
    ...members
      .slice(0, 3)
      .map((m, i): [string, string, string, string, string] => [
        prng.uuid(),
        `council${i + 1}.${short}@bench.koers`,
        `Griffie ${m.name}`,
        'council',
        m.id,
      ]),
  ];
  add(
    'users',
    await insertRows(
      db,
      'users',
      USER_COLUMNS,
      users.map(([userId, email, name]) => [userId, email, name, passwordHash, false]),
    ),
  );
  add(
    'role_assignments',
    await insertRows(
      db,
      'role_assignments',
      ROLE_COLUMNS,
      users.map(([userId, , , role, municipality]) => [userId, id, role, municipality]),
    ),
  );

  return {
    id,
    shortName: region.shortName,
    members,
    organisations: organisations.map(({ id: orgId, name }) => ({ id: orgId, name })),
    people: people.map((p) => p.id),
    themes,
    bureauEmail: users[0][1],
  };
}
