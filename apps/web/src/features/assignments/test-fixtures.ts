import { page } from '../../test/mock-api';
import type { Schemas } from '../../test/schema';

/** A small region for the workspace and form tests: two themes, three municipalities. */
export const bureau: Schemas['MeResponseDto'] = {
  user: { id: 'u1', email: 'bureau@koers.demo', name: 'Demo Regiobureau', isPlatformAdmin: false },
  roles: [
    {
      regionId: 'r1',
      regionName: 'Regio Zwolle',
      role: 'bureau',
      municipalityId: null,
      municipalityName: null,
      personId: null,
    },
  ],
  csrfToken: 'csrf-1',
};

export const totals: Schemas['ProgrammeTotalsDto'] = {
  assignmentCount: 2,
  budgetTotalCents: 150_000_00,
  budgetByFundingSource: [
    { fundingSource: 'member_contribution', amountCents: 100_000_00 },
    { fundingSource: 'province', amountCents: 50_000_00 },
  ],
  budgetByTheme: [
    { themeId: 't1', themeTitle: 'Bereikbaarheid', amountCents: 120_000_00 },
    { themeId: 't2', themeTitle: 'Wonen', amountCents: 30_000_00 },
  ],
  budgetByYear: [
    { year: 2026, amountCents: 100_000_00 },
    { year: 2027, amountCents: 50_000_00 },
  ],
  fteTotal: 1.5,
  hoursTotal: 400,
  capacityBySupplier: [],
};

export const programme: Schemas['ProgrammeResponseDto'] = {
  id: 'p1',
  regionId: 'r1',
  year: 2026,
  title: 'Werkprogramma 2026',
  introduction: '',
  status: 'draft',
  populationReferenceDate: '2025-01-01',
  contributionKey: null,
  viewWindowWeeks: null,
  sentToCouncilsOn: null,
  consultationDeadline: null,
  adoptedOn: null,
  versionCount: 0,
  assignmentCount: 2,
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  totals,
  moneyWarnings: [],
};

export const region: Schemas['RegionResponseDto'] = {
  id: 'r1',
  name: 'Regio Zwolle',
  shortName: 'Regio Zwolle',
  governanceMode: 'network',
  provinces: ['Overijssel'],
  viewWindowWeeks: 12,
  defaultContributionKey: 'per_inhabitant',
  mandateOverrun: 'refuse',
  mandateOverrunSentence:
    'Dit besluit overschrijdt het mandaat; het is voorbehouden aan het algemeen bestuur.',
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};

const STAMPS = { version: 1, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' };

const theme = (id: string, title: string): Schemas['ThemeResponseDto'] => ({
  id,
  regionId: 'r1',
  title,
  description: '',
  periodStartYear: 2024,
  periodEndYear: 2027,
  ...STAMPS,
});

export const themes = page([theme('t1', 'Bereikbaarheid'), theme('t2', 'Wonen')]);

const person = (id: string, name: string): Schemas['PersonResponseDto'] => ({
  id,
  regionId: 'r1',
  name,
  email: null,
  function: null,
  organisationId: null,
  municipalityId: null,
  ...STAMPS,
});

export const people = page([person('h1', 'Wethouder De Vries'), person('h2', 'Wethouder Jansen')]);

export const municipality = (
  id: string,
  name: string,
  population: number | null,
): Schemas['MunicipalityResponseDto'] => ({
  id,
  regionId: 'r1',
  name,
  cbsCode: id,
  province: 'Overijssel',
  population,
  populationKnown: population !== null,
  populationReferenceDate: '2025-01-01',
  populationSource: null,
  memberFrom: null,
  memberUntil: null,
  ...STAMPS,
});

export const municipalities = page([
  municipality('m1', 'Kampen', 50_000),
  municipality('m2', 'Zwolle', 130_000),
  municipality('m3', 'Dalfsen', 20_000),
]);

export const summary = (
  over: Pick<Schemas['AssignmentSummaryDto'], 'id' | 'code' | 'title'> &
    Partial<Schemas['AssignmentSummaryDto']>,
): Schemas['AssignmentSummaryDto'] => ({
  programmeId: 'p1',
  themeId: 't1',
  status: 'active',
  priority: 2,
  participation: 'all',
  portfolioHolderId: null,
  leadId: null,
  budgetTotalCents: 0,
  fteTotal: 0,
  hoursTotal: 0,
  version: 1,
  ...over,
});

export const assignment = (
  over: Partial<Schemas['AssignmentResponseDto']> = {},
): Schemas['AssignmentResponseDto'] => ({
  id: 'a1',
  programmeId: 'p1',
  regionId: 'r1',
  themeId: 't1',
  code: 'MOB-01',
  title: 'Snelfietspaden',
  goal: 'Meer mensen op de fiets',
  results: ['Tracé vastgesteld'],
  risks: [],
  portfolioHolderId: 'h1',
  leadId: null,
  participation: 'all',
  status: 'active',
  priority: 2,
  mandate: {
    scope: '',
    budgetCeilingCents: null,
    validFrom: null,
    validUntil: null,
    reportBackDates: [],
    escalation: '',
  },
  budgetLines: [
    {
      fundingSource: 'member_contribution',
      sourceName: '',
      year: 2026,
      amountCents: 100_000_00,
      payers: null,
      payerSplit: null,
      needsPayers: false,
    },
  ],
  capacityLines: [
    {
      supplierOrganisationId: null,
      supplierName: 'Regiobureau',
      year: 2026,
      fte: 0.5,
      hours: null,
    },
  ],
  kpis: [],
  participantIds: [],
  linkedAssignmentIds: [],
  externalProgrammeIds: [],
  contributionKey: null,
  budgetTotalCents: 100_000_00,
  fteTotal: 0.5,
  hoursTotal: 0,
  version: 3,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  ...over,
});

/** The region's lookups, as every screen of this feature asks for them. */
export const regionRoutes = {
  '/auth/me': bureau,
  '/programmes/p1': programme,
  '/regions/r1': region,
  '/regions/r1/themes': themes,
  '/regions/r1/people': people,
  '/regions/r1/municipalities': municipalities,
  '/regions/r1/organisations': page<Partial<Schemas['OrganisationResponseDto']>>([
    { id: 'o1', name: 'Provincie Overijssel', kind: 'province' },
  ]),
  '/external-programmes': page([]),
};
