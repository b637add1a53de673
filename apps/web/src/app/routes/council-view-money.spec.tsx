import { screen, within } from '@testing-library/react';
import { mockApi } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

const clerk = {
  user: { id: 'u9', email: 'council.best@koers.demo', name: 'Griffie', isPlatformAdmin: false },
  roles: [
    {
      regionId: 'r1',
      regionName: 'Metropoolregio Eindhoven',
      role: 'council',
      municipalityId: 'best',
      municipalityName: 'Best',
      personId: null,
    },
  ],
  csrfToken: 'csrf',
};
const programme = { id: 'p1', regionId: 'r1', title: 'Werkprogramma 2026', status: 'adopted' };

const decision = (over: Record<string, unknown> = {}) => ({
  id: 'd1',
  programmeId: 'p1',
  round: 1,
  currentRound: 1,
  rounds: [1],
  municipality: { id: 'best', name: 'Best', cbsCode: 'GM0753' },
  status: 'agreed',
  responded: true,
  councilMeetingDate: '2026-07-09',
  decisionDate: '2026-07-09',
  decisionReference: 'RB-1',
  decisionUrl: null,
  declinedAssignments: [],
  viewPointCount: 0,
  unansweredViewPointCount: 0,
  deadline: '2026-08-24',
  deadlineState: 'on_time',
  shownContribution: {
    totalCents: 10_000_00,
    byAssignment: [
      { assignmentId: 'a1', code: 'A1', amountCents: 6_000_00 },
      { assignmentId: 'a2', code: 'A2', amountCents: 4_000_00 },
    ],
    shownAt: '2026-07-10T08:00:00Z',
  },
  amountChangedSinceDecision: true,
  contributionSinceDecision: {
    thenCents: 10_000_00,
    nowCents: 11_268_77,
    differenceCents: 1_268_77,
    byAssignment: [
      {
        assignmentId: 'a1',
        code: 'A1',
        thenCents: 6_000_00,
        nowCents: 7_268_77,
        differenceCents: 1_268_77,
      },
      {
        assignmentId: 'a2',
        code: 'A2',
        thenCents: 4_000_00,
        nowCents: 4_000_00,
        differenceCents: 0,
      },
    ],
  },
  version: 3,
  updatedAt: '2026-07-10T08:00:00Z',
  viewPoints: [],
  ...over,
});

const summary = (
  over: Record<string, unknown> = {},
  contribution: Record<string, unknown> = {},
) => ({
  programmeId: 'p1',
  programmeTitle: 'Werkprogramma 2026',
  year: 2026,
  programmeStatus: 'adopted',
  municipality: { id: 'best', name: 'Best', cbsCode: 'GM0753', population: 31_220 },
  contribution: {
    municipalityId: 'best',
    name: 'Best',
    cbsCode: 'GM0753',
    population: 31_220,
    populationDate: '2025-01-01',
    populationStatus: 'current',
    totalCents: 11_268_77,
    byAssignment: [],
    perInhabitantCents: 36.09,
    previousYearTotalCents: null,
    differenceCents: null,
    laterYears: [],
    ...contribution,
  },
  assignments: [
    {
      id: 'a1',
      code: 'A1',
      title: 'Brainport',
      participation: 'all',
      takesPart: true,
      portfolioHolder: null,
      lead: null,
      contributionCents: 7_268_77,
    },
    {
      id: 'a2',
      code: 'A2',
      title: 'Woningbouw',
      participation: 'all',
      takesPart: true,
      portfolioHolder: null,
      lead: null,
      contributionCents: 4_000_00,
    },
  ],
  councilDecision: decision(),
  warnings: [],
  ...over,
});

function renderSummary(body: unknown) {
  mockApi({
    '/auth/me': clerk,
    '/programmes/p1': programme,
    '/programmes/p1/municipalities/best/summary': body,
  });
  renderRoute('/programma/p1/gemeente/best');
  return screen.findByRole('region', { name: 'Wat betalen wij?' }, { timeout: 5_000 });
}

describe('the money on the council page', () => {
  it('says which population the contribution used, and when it is more than a year old', async () => {
    const money = await renderSummary(
      summary(
        {
          warnings: [
            {
              code: 'POPULATION_STALE',
              municipalityId: 'best',
              municipalityName: 'Best',
              referenceDate: '2026-01-01',
              populationDate: '2024-01-01',
              message: '…',
            },
          ],
        },
        { populationDate: '2024-01-01', populationStatus: 'stale' },
      ),
    );
    expect(money).toHaveTextContent('31.220 (cijfer van 1 januari 2024)');
    expect(money).toHaveTextContent(
      'het inwonertal van Best waarmee deze bijdrage is berekend is van 1 januari 2024, meer dan een jaar vóór de peildatum van dit programma (1 januari 2026)',
    );
  });

  it('says so when no population is known at the reference date', async () => {
    const money = await renderSummary(
      summary(
        {
          warnings: [
            {
              code: 'POPULATION_MISSING',
              municipalityId: 'best',
              municipalityName: 'Best',
              referenceDate: '2026-01-01',
              message: '…',
            },
          ],
        },
        { population: null, populationDate: null, populationStatus: 'missing' },
      ),
    );
    expect(money).toHaveTextContent(
      'van Best is geen inwonertal bekend op of vóór de peildatum van dit programma (1 januari 2026)',
    );
  });

  it('flags an amount that changed after the council decided, then and now side by side', async () => {
    await renderSummary(summary());
    const since = screen.getByRole('region', { name: 'Bedrag bij het besluit en nu' });
    expect(since).toHaveTextContent('Bedrag gewijzigd sinds besluit: +€ 1.268,77.');
    const table = within(since).getByRole('table');
    expect(within(table).getByRole('row', { name: /A1 Brainport/ })).toHaveTextContent(
      /€\s6\.000,00€\s7\.268,77\+€\s1\.268,77/,
    );
    expect(within(table).getByRole('row', { name: /A2 Woningbouw/ })).toHaveTextContent(
      /€\s4\.000,00€\s4\.000,00—/,
    );
    expect(within(table).getByRole('row', { name: /Totaal/ })).toHaveTextContent(
      /€\s10\.000,00€\s11\.268,77\+€\s1\.268,77/,
    );
  });

  it('says nothing changed when nothing did', async () => {
    await renderSummary(
      summary({
        councilDecision: decision({
          amountChangedSinceDecision: false,
          contributionSinceDecision: {
            thenCents: 10_000_00,
            nowCents: 10_000_00,
            differenceCents: 0,
            byAssignment: [],
          },
        }),
      }),
    );
    const since = screen.getByRole('region', { name: 'Bedrag bij het besluit en nu' });
    expect(since).toHaveTextContent(
      'De bijdrage is niet gewijzigd sinds het besluit van de raad (9 juli 2026).',
    );
    expect(since).not.toHaveTextContent('gewijzigd sinds besluit:');
  });

  it('shows what later years ask, labelled as such, never in this year’s total', async () => {
    const money = await renderSummary(
      summary(
        {},
        {
          laterYears: [
            {
              year: 2027,
              totalCents: 5_000_00,
              byAssignment: [{ assignmentId: 'a1', code: 'A1', amountCents: 5_000_00 }],
            },
            {
              year: 2028,
              totalCents: 3_500_00,
              byAssignment: [
                { assignmentId: 'a1', code: 'A1', amountCents: 2_500_00 },
                { assignmentId: 'a2', code: 'A2', amountCents: 1_000_00 },
              ],
            },
          ],
        },
      ),
    );
    expect(money).toHaveTextContent('Totale bijdrage 2026€ 11.268,77');
    const later = screen.getByRole('region', { name: 'Wat latere jaren vragen' });
    const table = within(later).getByRole('table', {
      name: 'Latere jaren, niet in het totaal van 2026',
    });
    expect(within(table).getByRole('row', { name: /A2 Woningbouw/ })).toHaveTextContent(
      /—€\s1\.000,00/,
    );
    expect(within(table).getByRole('row', { name: /Totaal per jaar/ })).toHaveTextContent(
      /€\s5\.000,00€\s3\.500,00/,
    );
    expect(later).toHaveTextContent('tellen niet mee in het totaal hierboven');
  });

  it('shows no later-years section when the assignments end this year', async () => {
    await renderSummary(summary());
    expect(screen.queryByRole('region', { name: 'Wat latere jaren vragen' })).toBeNull();
  });
});
