import { randomBytes } from 'node:crypto';
import type {
  CreateMunicipalityRequest,
  CreateOrganisationRequest,
  CreatePersonRequest,
  CreateRegionRequest,
  CreateThemeRequest,
  MunicipalityResponse,
  OrganisationResponse,
  PersonResponse,
  RegionResponse,
  ThemeResponse,
} from '@koers/contracts';
import request from 'supertest';
import type { App } from 'supertest/types';
import type { Agent } from '../support/accounts';

/** A short unique suffix, so tests sharing a database never collide on unique names. */
export const unique = () => randomBytes(3).toString('hex');

let cbsCounter = 1000 + Math.floor(Math.random() * 8000);
/** A CBS code not used before in this test file. */
export const nextCbsCode = () => `GM${String(cbsCounter++ % 10000).padStart(4, '0')}`;

/** `App` for a test without sign-in, or a signed-in agent (e.g. `await t.asAdmin()`). */
export type Http = App | Agent;

/** Something to call `.get(path)`, `.post(path)`, … on: the agent itself, or `request(app)`. */
export const clientOf = (http: Http) =>
  typeof http === 'object' && 'post' in http ? http : request(http);

async function post<T>(http: Http, path: string, body: object): Promise<T> {
  const res = await clientOf(http).post(path).send(body);
  if (res.status !== 201) {
    throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return res.body as T;
}

export function createRegion(
  http: Http,
  overrides: Partial<CreateRegionRequest> = {},
): Promise<RegionResponse> {
  const suffix = unique();
  return post(http, '/api/regions', {
    name: `Testregio ${suffix}`,
    shortName: `T-${suffix}`,
    governanceMode: 'wgr_public_body',
    provinces: ['Noord-Brabant'],
    ...overrides,
  });
}

export function createMunicipality(
  http: Http,
  regionId: string,
  overrides: Partial<CreateMunicipalityRequest> = {},
): Promise<MunicipalityResponse> {
  return post(http, `/api/regions/${regionId}/municipalities`, {
    name: `Gemeente ${unique()}`,
    cbsCode: nextCbsCode(),
    province: 'Noord-Brabant',
    population: 20_000,
    populationReferenceDate: '2024-01-01',
    populationSource: 'test',
    ...overrides,
  });
}

export function createOrganisation(
  http: Http,
  regionId: string,
  overrides: Partial<CreateOrganisationRequest> = {},
): Promise<OrganisationResponse> {
  return post(http, `/api/regions/${regionId}/organisations`, {
    name: `Organisatie ${unique()}`,
    kind: 'water_board',
    ...overrides,
  });
}

export function createPerson(
  http: Http,
  regionId: string,
  overrides: Partial<CreatePersonRequest> = {},
): Promise<PersonResponse> {
  const suffix = unique();
  return post(http, `/api/regions/${regionId}/people`, {
    name: `Persoon ${suffix}`,
    email: `persoon.${suffix}@koers.demo`,
    ...overrides,
  });
}

export function createTheme(
  http: Http,
  regionId: string,
  overrides: Partial<CreateThemeRequest> = {},
): Promise<ThemeResponse> {
  return post(http, `/api/regions/${regionId}/themes`, {
    title: `Thema ${unique()}`,
    periodStartYear: 2023,
    periodEndYear: 2026,
    ...overrides,
  });
}

/** A region with one municipality, organisation, person (linked to both) and theme. */
export async function createRegionWithReferenceData(http: Http) {
  const region = await createRegion(http);
  const municipality = await createMunicipality(http, region.id);
  const organisation = await createOrganisation(http, region.id);
  const person = await createPerson(http, region.id, {
    organisationId: organisation.id,
    municipalityId: municipality.id,
  });
  const theme = await createTheme(http, region.id);
  return { region, municipality, organisation, person, theme };
}

/** The `field`s named in a 400 problem body. */
export const fieldsOf = (body: { errors?: { field: string }[] }) =>
  (body.errors ?? []).map((e) => e.field);

export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
