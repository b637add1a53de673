import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { formatDate } from '../../../lib/format';
import { mockApi, page } from '../../../test/mock-api';
import { todayIso } from '../lib/report-back';
import { renderRoute } from '../../../test/render-route';

const me = {
  user: { id: 'u1', email: 'wethouder@koers.demo', name: 'Demo Wethouder', isPlatformAdmin: false },
  roles: [
    {
      regionId: 'r1',
      regionName: 'Metropoolregio Eindhoven',
      role: 'portfolio_holder',
      municipalityId: null,
      municipalityName: null,
      personId: 'person-1',
    },
  ],
  csrfToken: 'csrf-1',
};

/** An ISO date `days` from today. */
const inDays = (days: number) => {
  const date = new Date(`${todayIso()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

const summary = {
  id: 'a1',
  programmeId: 'p1',
  themeId: 't1',
  code: 'MOB-1',
  title: 'Slimme mobiliteit',
  status: 'active',
  priority: 1,
  participation: 'all',
  portfolioHolderId: 'person-1',
  leadId: null,
  budgetTotalCents: 120_000_00,
  version: 3,
};
const assignment = (overrides: Record<string, unknown> = {}) => ({
  ...summary,
  regionId: 'r1',
  goal: 'Minder files',
  results: [],
  risks: [],
  mandate: {
    scope: 'Subsidies tot € 50.000 per project toekennen',
    budgetCeilingCents: 250_000_00,
    validFrom: '2026-01-01',
    validUntil: '2027-12-31',
    reportBackDates: [inDays(100), inDays(-30), inDays(10)],
    escalation: 'Nieuwe deelnemers en extra geld gaan terug naar het algemeen bestuur.',
  },
  budgetLines: [],
  capacityLines: [],
  kpis: [],
  participantIds: [],
  linkedAssignmentIds: [],
  externalProgrammeIds: [],
  contributionKey: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...overrides,
});
const programme = { id: 'p1', year: 2026, title: 'Werkprogramma 2026', status: 'adopted' };

function answer(extra: Record<string, unknown> = {}) {
  return mockApi({
    '/auth/me': me,
    '/regions/r1/programmes': page([programme]),
    '/programmes/p1/assignments': page([summary]),
    '/assignments/a1': assignment(),
    ...extra,
  });
}

function renderMyAssignments() {
  renderRoute('/mijn-opdrachten');
}

describe('my assignments (portfolio holder)', () => {
  it('lists my assignments with their mandate and the next report-back date in words', async () => {
    const calls = answer();
    renderMyAssignments();

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn opdrachten' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Mijn opdrachten' })).toHaveAttribute(
      'href',
      '/mijn-opdrachten',
    );
    const card = await screen.findByRole('article', { name: 'MOB-1 Slimme mobiliteit' });
    expect(
      await within(card).findByText('Subsidies tot € 50.000 per project toekennen'),
    ).toBeVisible();
    expect(within(card).getByText('€ 250.000,00')).toBeVisible();
    expect(within(card).getByText('1 januari 2026 tot en met 31 december 2027')).toBeVisible();
    expect(
      within(card).getByText(`Volgende terugkoppeling: ${formatDate(inDays(10))} (over 10 dagen)`),
    ).toBeVisible();
    expect(within(card).getByText(`${formatDate(inDays(-30))} (geweest)`)).toBeVisible();
    expect(within(card).getByText(/terug naar het algemeen bestuur/)).toBeVisible();
    expect(within(card).getByText('€ 120.000,00')).toBeVisible();
    expect(screen.getByText(/Werkprogramma 2026 \(2026\)/)).toBeVisible();
    expect(
      calls.some((c) => c.path.includes('/programmes/p1/assignments?portfolioHolderId=person-1')),
    ).toBe(true);
  });

  it('reports progress: saves the new status with the version read', async () => {
    const calls = answer({
      'PATCH /assignments/a1': assignment({ status: 'done', version: 4 }),
    });
    renderMyAssignments();

    const select = await screen.findByLabelText('Nieuwe status van MOB-1');
    await userEvent.selectOptions(select, 'done');
    await userEvent.click(screen.getByRole('button', { name: 'Status opslaan' }));

    expect(await screen.findByText('De status is opgeslagen: Afgerond.')).toBeVisible();
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.body).toEqual({ status: 'done', version: 3 });
    expect(patch?.headers['x-csrf-token']).toBe('csrf-1');
  });

  it('after a status change fetches its programme’s list again, not another programme’s', async () => {
    const earlier = { id: 'p0', year: 2025, title: 'Werkprogramma 2025', status: 'adopted' };
    const held = { ...summary, id: 'a0', programmeId: 'p0', code: 'FIE-1', title: 'Fietsroutes' };
    const calls = answer({
      '/regions/r1/programmes': page([programme, earlier]),
      '/programmes/p0/assignments': page([held]),
      '/assignments/a0': assignment(held),
      'PATCH /assignments/a1': assignment({ status: 'done', version: 4 }),
    });
    const gets = (path: string) =>
      calls.filter((c) => c.method === 'GET' && c.path.split('?')[0] === path).length;
    renderMyAssignments();
    const select = await screen.findByLabelText('Nieuwe status van MOB-1');
    expect(await screen.findByLabelText('Nieuwe status van FIE-1')).toHaveValue('active');
    const before = [
      '/programmes/p1/assignments',
      '/programmes/p0/assignments',
      '/assignments/a1',
      '/assignments/a0',
    ].map(gets);

    await userEvent.selectOptions(select, 'done');
    const card = screen.getByRole('article', { name: 'MOB-1 Slimme mobiliteit' });
    await userEvent.click(within(card).getByRole('button', { name: 'Status opslaan' }));

    expect(await screen.findByText('De status is opgeslagen: Afgerond.')).toBeVisible();
    await waitFor(() => expect(gets('/programmes/p1/assignments')).toBe(before[0] + 1));
    // The saved assignment came with the answer; the other programme's cannot have changed.
    expect(gets('/programmes/p0/assignments')).toBe(before[1]);
    expect(gets('/assignments/a1')).toBe(before[2]);
    expect(gets('/assignments/a0')).toBe(before[3]);
  });

  it('on a 409 says what changed and keeps the chosen status', async () => {
    answer();
    renderMyAssignments();
    const select = await screen.findByLabelText('Nieuwe status van MOB-1');
    await userEvent.selectOptions(select, 'done');

    // Meanwhile someone paused the assignment.
    answer({
      '/assignments/a1': assignment({ status: 'paused', version: 4 }),
      'PATCH /assignments/a1': {
        status: 409,
        body: {
          status: 409,
          code: 'ASSIGNMENT_VERSION_CONFLICT',
          detail: 'Iemand anders heeft de opdracht intussen gewijzigd (nu versie 4).',
        },
      },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Status opslaan' }));

    expect(
      await screen.findByText(
        'Iemand anders heeft de opdracht intussen gewijzigd. De status is nu “Gepauzeerd” (jij zag “Actief”). Je keuze “Afgerond” staat nog klaar: sla opnieuw op om haar te bewaren.',
      ),
    ).toBeVisible();
    expect(screen.getByLabelText('Nieuwe status van MOB-1')).toHaveValue('done');
  });

  it('says so when I hold no assignments', async () => {
    answer({ '/programmes/p1/assignments': page([]) });
    renderMyAssignments();
    expect(
      await screen.findByText(
        'Je bent (nog) geen portefeuillehouder van een opdracht in deze regio.',
      ),
    ).toBeVisible();
  });

  it('offers no progress report while the councils weigh the programme', async () => {
    answer({ '/regions/r1/programmes': page([{ ...programme, status: 'consultation' }]) });
    renderMyAssignments();
    expect(
      await screen.findByText(
        'Het programma is bij de gemeenteraden; voortgang melden kan nu niet.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Status opslaan' })).toBeNull();
  });

  it('shows each running mandate with its use in figures, the next report-back and its alerts', async () => {
    answer({
      '/me/portfolio': {
        items: [
          {
            assignment: { id: 'a1', code: 'MOB-1', title: 'Slimme mobiliteit' },
            programme: { id: 'p1', title: 'Werkprogramma 2026', year: 2026, status: 'adopted' },
            regionId: 'r1',
            ceilingCents: 250_000_00,
            usedCents: 212_500_00,
            remainingCents: 37_500_00,
            shareUsed: 0.85,
            escalatedCents: 0,
            validFrom: '2026-01-01',
            validUntil: '2027-12-31',
            nextReportBack: '2026-09-01',
            today: '2026-06-01',
            alerts: [
              { kind: 'ceiling', usedCents: 212_500_00, ceilingCents: 250_000_00 },
              { kind: 'report_back', date: '2026-05-01' },
            ],
          },
        ],
      },
    });
    renderMyAssignments();
    const mandates = await screen.findByRole('region', { name: 'Mijn mandaten' });
    expect(
      await within(mandates).findByText(/€\s212\.500,00 van €\s250\.000,00 gebruikt \(85 %\)\./),
    ).toBeVisible();
    expect(within(mandates).getByText('1 september 2026')).toBeVisible();
    expect(
      within(mandates).getByText(
        'Het terugkoppelmoment van 1 mei 2026 is voorbij en er is nog niet verantwoord.',
      ),
    ).toBeVisible();
    expect(within(mandates).getByRole('link', { name: 'MOB-1 Slimme mobiliteit' })).toHaveAttribute(
      'href',
      '/opdracht/a1',
    );
  });

  const portfolioItem = (reportDue: unknown) => ({
    assignment: { id: 'a1', code: 'MOB-1', title: 'Slimme mobiliteit' },
    programme: { id: 'p1', title: 'Werkprogramma 2025', year: 2025, status: 'in_execution' },
    regionId: 'r1',
    ceilingCents: null,
    usedCents: 0,
    remainingCents: null,
    shareUsed: null,
    escalatedCents: 0,
    validFrom: null,
    validUntil: null,
    nextReportBack: null,
    today: '2026-10-01',
    alerts: [],
    reportDue,
  });

  it('shows the progress report I still owe, returned with the bureau’s comment, as a link to write it', async () => {
    answer({
      '/me/portfolio': {
        items: [
          portfolioItem({
            periodId: 'autumn',
            periodTitle: 'Najaarsrapportage 2025',
            dueOn: '2025-09-30',
            status: 'returned',
            late: true,
            reviewComment: 'Voeg de uitgaven toe.',
          }),
        ],
      },
    });
    renderMyAssignments();
    const due = await screen.findByRole('region', {
      name: 'Voortgangsrapportages die je nog moet inleveren',
    });
    const link = await within(due).findByRole('link', {
      name: 'MOB-1 Slimme mobiliteit: Najaarsrapportage 2025',
    });
    expect(link).toHaveAttribute('href', '/opdracht/a1/voortgang');
    expect(due).toHaveTextContent(
      'Uiterlijk 30 september 2025 · teruggestuurd door het regiobureau · te laat',
    );
    expect(due).toHaveTextContent('Opmerking van het regiobureau: “Voeg de uitgaven toe.”');
  });

  it('says so when I owe no progress report', async () => {
    answer({ '/me/portfolio': { items: [portfolioItem(null)] } });
    renderMyAssignments();
    const due = await screen.findByRole('region', {
      name: 'Voortgangsrapportages die je nog moet inleveren',
    });
    expect(
      await within(due).findByText(/Er staat geen voortgangsrapportage voor je open\./),
    ).toBeVisible();
    expect(within(due).queryByRole('link')).toBeNull();
  });
});
