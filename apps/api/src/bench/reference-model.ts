import { Prng } from './prng';
import { MUNICIPALITY_COUNT, PROVINCES, REGIONS_PER_PROVINCE } from './bench-scale';

export interface ModelMunicipality {
  index: number;
  name: string;
  cbsCode: string;
  province: string;
  /** Population on 1 January of `baseYear`; grows a little every year. */
  basePopulation: number;
  growthPerMille: number;
}

export interface ModelRegion {
  index: number;
  name: string;
  shortName: string;
  province: string;
  governanceMode: 'wgr_public_body' | 'network';
  /** Member municipalities (indexes into the model's municipalities), 1–3 regions each. */
  members: number[];
}

export interface ReferenceModel {
  municipalities: ModelMunicipality[];
  regions: ModelRegion[];
}

const FIRST = [
  'Aal',
  'Berg',
  'Dal',
  'Eem',
  'Gel',
  'Hoog',
  'Kroon',
  'Lin',
  'Mid',
  'Noord',
  'Oost',
  'Ploeg',
  'Rijn',
  'Stein',
  'Ter',
  'Veen',
  'Wes',
  'Zand',
  'Brug',
  'Hei',
];
const LAST = [
  'dam',
  'dorp',
  'horst',
  'huizen',
  'loo',
  'meer',
  'stad',
  'veld',
  'waard',
  'wijk',
  'zijl',
  'broek',
  'hoven',
  'lo',
  'rode',
  'sum',
  'geest',
];
const REGION_PART = ['Noord', 'Oost', 'Zuid', 'West', 'Midden'];

/**
 * The Netherlands as the benchmark sees it: 12 provinces, 342 municipalities with unique CBS
 * codes, 60 regions (5 per province); every municipality is a member of 1 to 3 regions of its
 * province. The same seed gives the same model.
 */
export function buildReferenceModel(seed: number): ReferenceModel {
  const prng = new Prng(seed);
  const names = new Set<string>();
  const municipalities: ModelMunicipality[] = [];
  for (let i = 0; i < MUNICIPALITY_COUNT; i++) {
    let name = `${prng.pick(FIRST)}${prng.pick(LAST)}`;
    if (names.has(name)) name = `${name} ${i}`;
    names.add(name);
    municipalities.push({
      index: i,
      name,
      cbsCode: `GM${String(1000 + i * 7).padStart(4, '0')}`,
      province: PROVINCES[i % PROVINCES.length],
      basePopulation: Math.round(4_000 * Math.exp(prng.next() * 4.2)),
      growthPerMille: prng.int(-3, 12),
    });
  }
  const regions: ModelRegion[] = PROVINCES.flatMap((province, p) =>
    REGION_PART.slice(0, REGIONS_PER_PROVINCE).map((part, r): ModelRegion => ({
      index: p * REGIONS_PER_PROVINCE + r,
      name: `Regio ${province} ${part}`,
      shortName: `R${String(p * REGIONS_PER_PROVINCE + r + 1).padStart(2, '0')}`,
      province,
      governanceMode: r % 2 === 0 ? 'wgr_public_body' : 'network',
      members: [],
    })),
  );
  for (const municipality of municipalities) {
    const ofProvince = regions.filter((r) => r.province === municipality.province);
    const count = prng.weighted([
      [1, 45],
      [2, 40],
      [3, 15],
    ] as const);
    // The first region of a province is the big one (like a metropolitan region).
    const primary = prng.chance(0.4) ? ofProvince[0] : prng.pick(ofProvince);
    const chosen = new Set([primary, ...prng.sample(ofProvince, count - 1)]);
    while (chosen.size < count) chosen.add(prng.pick(ofProvince));
    for (const region of chosen) region.members.push(municipality.index);
  }
  // Every region needs a handful of members for a sensible cost split.
  const memberships = (index: number) => regions.filter((r) => r.members.includes(index)).length;
  for (const region of regions) {
    const candidates = municipalities.filter((m) => m.province === region.province);
    while (region.members.length < 4) {
      const extra = prng.pick(candidates).index;
      if (!region.members.includes(extra) && memberships(extra) < 3) region.members.push(extra);
    }
    region.members.sort((a, b) => a - b);
  }
  return { municipalities, regions };
}

/** The population of a municipality on 1 January of `year`. */
export function populationIn(m: ModelMunicipality, year: number, baseYear = 2018): number {
  return Math.round(m.basePopulation * (1 + m.growthPerMille / 1000) ** (year - baseYear));
}
