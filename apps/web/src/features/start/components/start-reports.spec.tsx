import type { RoleName, StartAssignment, StartProgramme, StartResponse } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import { mockApi } from '../../../test/mock-api';
import { renderRoute } from '../../../test/render-route';

const REGION = 'r1';
const regionName = 'Metropoolregio Eindhoven';

const me = (role: RoleName, personId: string | null = null) => ({
  user: { id: 'u1', email: `${role}@koers.demo`, name: `Demo ${role}`, isPlatformAdmin: false },
  roles: [
    {
      regionId: REGION,
      regionName,
      role,
      municipalityId: null,
      municipalityName: null,
      personId,
    },
  ],
  csrfToken: 'csrf',
});

const startOf = (roles: RoleName[], extra: Partial<StartResponse>): StartResponse => ({
  today: '2026-10-01',
  regions: [{ regionId: REGION, regionName, roles }],
  programmes: [],
  councils: [],
  assignments: [],
  accounts: [],
  ...extra,
});

/** The demo's 2025 programme: adopted with no council decision recorded, now in execution. */
const inExecution: StartProgramme = {
  id: 'p25',
  regionId: REGION,
  regionName,
  year: 2025,
  title: 'Werkprogramma 2025',
  status: 'in_execution',
  assignmentCount: 5,
  nextStep: { to: 'closed', roles: ['board'], ready: true, refusal: null },
  consultationDeadline: null,
  daysLeft: null,
  councils: { total: 21, pending: 21, dueSoon: 0, overdue: 0, amountChanged: [] },
  unansweredViewPoints: 0,
  reports: {
    period: { id: 'autumn', title: 'Najaarsrapportage 2025', dueOn: '2025-09-30' },
    missing: 1,
    draft: 0,
    returned: 1,
    submitted: 1,
    late: 2,
    lateEarlier: 2,
  },
  awaitsBoard: false,
};

const held = (id: string, code: string, reportDue: StartAssignment['reportDue']) => ({
  id,
  code,
  title: `Opdracht ${code}`,
  programmeId: 'p25',
  year: 2025,
  regionId: REGION,
  status: 'active',
  mandate: {
    ceilingCents: null,
    usedCents: 0,
    remainingCents: null,
    shareUsed: null,
    escalatedCents: 0,
    validFrom: null,
    validUntil: null,
    nextReportBack: null,
    alerts: [],
    today: '2025-10-01',
  },
  reportDue,
});

function show(meAnswer: unknown, start: StartResponse) {
  mockApi({
    '/auth/me': meAnswer,
    '/auth/invitations': [],
    '/me/start': start,
    '/regions': { items: [], total: 0, limit: 200, offset: 0 },
  });
  return renderRoute('/');
}

const section = (name: string | RegExp) => screen.findByRole('region', { name });

describe('reports due on the start page', () => {
  it('shows the bureau the current period’s reports of a programme in execution, with the way to its overview', async () => {
    show(me('bureau'), startOf(['bureau'], { programmes: [inExecution] }));
    const bureau = await section(/Regiobureau/);
    const item = within(bureau).getByRole('article', { name: 'Werkprogramma 2025 (2025)' });
    expect(item).toHaveTextContent(
      'Voortgangsrapportages, Najaarsrapportage 2025 (uiterlijk 30 september 2025): ontbrekend 1, concept 0, teruggestuurd 1, te laat 2, ingediend en te beoordelen 1',
    );
    expect(item).toHaveTextContent('2 rapportages van eerdere perioden zijn nog te laat');
    expect(
      within(item).getByRole('link', { name: 'Voortgangsoverzicht van Werkprogramma 2025 (2025)' }),
    ).toHaveAttribute('href', '/programma/p25/voortgang');
  });

  it('does not say the councils of an adopted programme are still without a decision', async () => {
    show(me('bureau'), startOf(['bureau'], { programmes: [inExecution] }));
    const bureau = await section(/Regiobureau/);
    expect(bureau).not.toHaveTextContent('nog zonder besluit');
    expect(bureau).toHaveTextContent(
      'De consultatie van de gemeenteraden is afgesloten (0 van 21 raadsbesluiten vastgelegd)',
    );
    expect(
      within(bureau).getByRole('link', { name: 'Raadsbesluiten van Werkprogramma 2025 (2025)' }),
    ).toHaveAttribute('href', '/programma/p25/raden');
  });

  it('says nothing of reports for a programme not in execution, nor of earlier periods when none is late', async () => {
    show(
      me('bureau'),
      startOf(['bureau'], {
        programmes: [
          { ...inExecution, reports: { ...inExecution.reports!, lateEarlier: 0 } },
          { ...inExecution, id: 'p26', year: 2026, status: 'adopted', reports: null },
        ],
      }),
    );
    const bureau = await section(/Regiobureau/);
    expect(within(bureau).getAllByRole('link', { name: /^Voortgangsoverzicht/ })).toHaveLength(1);
    expect(bureau).not.toHaveTextContent('eerdere perioden');
  });

  it('shows a portfolio holder each report still owed: period, due date, state, late, the bureau’s comment', async () => {
    show(
      me('portfolio_holder', 'person-1'),
      startOf(['portfolio_holder'], {
        assignments: [
          held('a1', 'MRE-2025-01', null),
          held('a2', 'MRE-2025-02', {
            periodId: 'autumn',
            periodTitle: 'Najaarsrapportage 2025',
            dueOn: '2025-09-30',
            status: 'missing',
            late: true,
            reviewComment: null,
          }),
          held('a3', 'MRE-2025-03', {
            periodId: 'spring',
            periodTitle: 'Voorjaarsrapportage 2025',
            dueOn: '2025-05-31',
            status: 'returned',
            late: true,
            reviewComment: 'Vul de mijlpalen aan.',
          }),
          held('a4', 'MRE-2025-04', {
            periodId: 'autumn',
            periodTitle: 'Najaarsrapportage 2025',
            dueOn: '2026-10-31',
            status: 'draft',
            late: false,
            reviewComment: null,
          }),
        ],
      }),
    );
    const mine = await section('Portefeuillehouder: jouw opdrachten');
    const heading = within(mine).getByRole('heading', {
      name: 'Voortgangsrapportages die je nog moet inleveren',
    });
    const list = heading.nextElementSibling as HTMLElement;
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'MRE-2025-02 Opdracht MRE-2025-02: Najaarsrapportage 2025' +
        'Uiterlijk 30 september 2025 · nog te schrijven · te laat',
      'MRE-2025-03 Opdracht MRE-2025-03: Voorjaarsrapportage 2025' +
        'Uiterlijk 31 mei 2025 · teruggestuurd door het regiobureau · te laat' +
        'Opmerking van het regiobureau: “Vul de mijlpalen aan.”',
      'MRE-2025-04 Opdracht MRE-2025-04: Najaarsrapportage 2025' +
        'Uiterlijk 31 oktober 2026 · concept, nog niet ingediend',
    ]);
    expect(
      within(list).getByRole('link', {
        name: 'MRE-2025-02 Opdracht MRE-2025-02: Najaarsrapportage 2025',
      }),
    ).toHaveAttribute('href', '/opdracht/a2/voortgang');
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/opdracht/a2/voortgang', '/opdracht/a3/voortgang', '/opdracht/a4/voortgang']);
  });

  it('tells a portfolio holder when no report is owed', async () => {
    show(
      me('portfolio_holder', 'person-1'),
      startOf(['portfolio_holder'], { assignments: [held('a1', 'MRE-2025-01', null)] }),
    );
    const mine = await section('Portefeuillehouder: jouw opdrachten');
    expect(mine).toHaveTextContent('Er staat geen voortgangsrapportage voor je open.');
    expect(within(mine).queryByRole('link', { name: /voortgang/i })).toBeNull();
  });

  it('shows an observer the programme in execution but no reports to write or chase', async () => {
    show(me('observer'), startOf(['observer'], { programmes: [inExecution] }));
    const list = await section('Programma’s van Metropoolregio Eindhoven');
    expect(
      within(list).getByRole('link', { name: 'Werkprogramma 2025 (2025): In uitvoering' }),
    ).toHaveAttribute('href', '/programma/p25');
    expect(screen.queryByText(/Voortgangsrapportages/)).toBeNull();
    expect(screen.queryByRole('region', { name: /Portefeuillehouder/ })).toBeNull();
  });

  it('does not tell the clerk of a council without a decision that one is pending once the programme is adopted', async () => {
    show(
      { ...me('council'), roles: [{ ...me('council').roles[0], municipalityId: 'm-ehv' }] },
      startOf(['council'], {
        councils: [
          {
            regionId: REGION,
            regionName,
            municipality: { id: 'm-ehv', name: 'Eindhoven', cbsCode: 'GM0772' },
            programme: {
              id: 'p25',
              year: 2025,
              title: 'Werkprogramma 2025',
              status: 'in_execution',
              deadline: null,
              daysLeft: null,
              deadlineState: null,
              decisionStatus: 'pending',
              decisionDate: null,
              totalCents: 21_681_426,
              previousYearTotalCents: null,
              differenceCents: null,
              hasResponseMemo: false,
            },
          },
        ],
      }),
    );
    const ours = await section('Onze gemeente: Eindhoven');
    expect(ours).not.toHaveTextContent('Nog geen besluit');
    expect(ours).toHaveTextContent(
      'Er is geen besluit van de raad vastgelegd; de termijn voor zienswijzen is voorbij en het programma is vastgesteld.',
    );
  });
});
