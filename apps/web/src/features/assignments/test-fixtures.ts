import type { AssignmentResponse } from '@koers/contracts';
import { page } from '../../test/mock-api';

/** A small region for the workspace and form tests: two themes, three municipalities. */
export const bureau = {
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

export const totals = {
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

export const programme = {
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
};

export const region = {
  id: 'r1',
  name: 'Regio Zwolle',
  shortName: 'Regio Zwolle',
  governanceMode: 'network',
  provinces: ['Overijssel'],
  viewWindowWeeks: 12,
  defaultContributionKey: 'per_inhabitant',
};

export const themes = page([
  { id: 't1', title: 'Bereikbaarheid', periodStartYear: 2024, periodEndYear: 2027 },
  { id: 't2', title: 'Wonen', periodStartYear: 2024, periodEndYear: 2027 },
]);

export const people = page([
  { id: 'h1', name: 'Wethouder De Vries', function: null, organisationId: null },
  { id: 'h2', name: 'Wethouder Jansen', function: null, organisationId: null },
]);

export const municipality = (id: string, name: string, population: number | null) => ({
  id,
  name,
  cbsCode: id,
  population,
  populationKnown: population !== null,
  populationReferenceDate: '2025-01-01',
});

export const municipalities = page([
  municipality('m1', 'Kampen', 50_000),
  municipality('m2', 'Zwolle', 130_000),
  municipality('m3', 'Dalfsen', 20_000),
]);

export const summary = (over: Record<string, unknown>) => ({
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

export const assignment = (over: Partial<AssignmentResponse> = {}): AssignmentResponse => ({
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
  '/regions/r1/organisations': page([{ id: 'o1', name: 'Provincie Overijssel', kind: 'province' }]),
  '/external-programmes': page([]),
};
