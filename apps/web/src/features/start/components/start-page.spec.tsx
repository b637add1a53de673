import type { RoleName, StartAssignment, StartProgramme, StartResponse } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import { mockApi } from '../../../test/mock-api';
import { renderRoute } from '../../../test/render-route';

const REGION = 'r1';
const regionName = 'Metropoolregio Eindhoven';

const meWith = (role: RoleName, extra: Record<string, unknown> = {}) => ({
  user: { id: 'u1', email: `${role}@koers.demo`, name: `Demo ${role}`, isPlatformAdmin: false },
  roles: [
    {
      regionId: REGION,
      regionName,
      role,
      municipalityId: null,
      municipalityName: null,
      personId: null,
      ...extra,
    },
  ],
  csrfToken: 'csrf',
});

const empty = (roles: RoleName[]): StartResponse => ({
  today: '2026-05-20',
  regions: [{ regionId: REGION, regionName, roles }],
  programmes: [],
  councils: [],
  assignments: [],
  accounts: [],
});

const consultation: StartProgramme = {
  id: 'p26',
  regionId: REGION,
  regionName,
  year: 2026,
  title: 'Werkprogramma 2026',
  status: 'consultation',
  assignmentCount: 4,
  nextStep: {
    to: 'adopted',
    roles: ['board'],
    ready: false,
    refusal: 'PROGRAMME_COUNCILS_PENDING',
  },
  consultationDeadline: '2026-05-25',
  daysLeft: 5,
  councils: {
    total: 21,
    pending: 19,
    dueSoon: 19,
    overdue: 0,
    amountChanged: [{ id: 'm-asten', name: 'Asten', cbsCode: 'GM0743' }],
  },
  unansweredViewPoints: 2,
  reports: null,
  awaitsBoard: false,
};
const draft: StartProgramme = {
  ...consultation,
  id: 'p27',
  year: 2027,
  title: 'Werkprogramma 2027',
  status: 'draft',
  nextStep: { to: 'proposed', roles: ['board'], ready: true, refusal: null },
  consultationDeadline: null,
  daysLeft: null,
  councils: null,
  unansweredViewPoints: 0,
  awaitsBoard: true,
};

function show(me: unknown, start: StartResponse) {
  mockApi({
    '/auth/me': me,
    '/auth/invitations': [],
    '/me/start': start,
    '/regions': { items: [], total: 0, limit: 200, offset: 0 },
  });
  return renderRoute('/');
}

const section = (name: string | RegExp) => screen.findByRole('region', { name });
const linkIn = (region: HTMLElement, name: string | RegExp) =>
  within(region).getByRole('link', { name });

describe('the start page of each role', () => {
  it('shows the bureau its programmes: status, next step, councils, open points, changed amounts', async () => {
    show(meWith('bureau'), { ...empty(['bureau']), programmes: [draft, consultation] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Wat er voor je klaarligt' }),
    ).toBeVisible();
    expect(screen.queryByText('Welkom bij Koers')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Systeemstatus' })).toBeNull();
    const bureau = await section('Regiobureau: programma’s van Metropoolregio Eindhoven');
    const item = within(bureau).getByRole('article', { name: 'Werkprogramma 2026 (2026)' });
    expect(item).toHaveTextContent('Status: Bij de gemeenteraden');
    expect(item).toHaveTextContent('Volgende stap: Vaststellen (kan nog niet, door: bestuur)');
    expect(item).toHaveTextContent('Termijn voor zienswijzen tot en met 25 mei 2026 (nog 5 dagen)');
    expect(item).toHaveTextContent('19 van 21 nog zonder besluit, 19 binnenkort, 0 te laat');
    expect(linkIn(item, 'Raadsbesluiten van Werkprogramma 2026 (2026)')).toHaveAttribute(
      'href',
      '/programma/p26/raden',
    );
    expect(linkIn(item, '2 punten uit zienswijzen zonder antwoord')).toHaveAttribute(
      'href',
      '/programma/p26/raden',
    );
    expect(linkIn(item, 'Bedrag gewijzigd na het besluit van de raad van Asten')).toHaveAttribute(
      'href',
      '/programma/p26/raden/m-asten',
    );
    expect(linkIn(item, 'Besluitvorming van Werkprogramma 2026 (2026)')).toHaveAttribute(
      'href',
      '/programma/p26/besluitvorming',
    );
    expect(linkIn(bureau, 'Werkprogramma 2027 (2027)')).toHaveAttribute('href', '/programma/p27');
  });

  it('tells the bureau what appears when no programme runs yet', async () => {
    show(meWith('bureau'), empty(['bureau']));
    const bureau = await section(/Regiobureau/);
    expect(bureau).toHaveTextContent(
      'Er loopt nog geen programma. Zodra je een jaarprogramma start',
    );
    expect(linkIn(bureau, 'Een nieuw jaarprogramma starten')).toHaveAttribute(
      'href',
      '/regio/r1/programma/nieuw',
    );
  });

  it('shows the board the proposal awaiting its decision and the open points', async () => {
    show(meWith('board'), { ...empty(['board']), programmes: [draft, consultation] });
    const board = await section('Bestuur: wat op jouw besluit wacht in Metropoolregio Eindhoven');
    expect(
      linkIn(board, 'Besluit nodig: Voorleggen aan het bestuur voor Werkprogramma 2027 (2027)'),
    ).toHaveAttribute('href', '/programma/p27/besluitvorming');
    expect(
      linkIn(board, 'Werkprogramma 2026 (2026): 2 punten uit zienswijzen wachten op antwoord'),
    ).toHaveAttribute('href', '/programma/p26/raden');
  });

  it('tells the board when nothing awaits it and when something will', async () => {
    show(meWith('board'), {
      ...empty(['board']),
      programmes: [{ ...consultation, unansweredViewPoints: 0 }],
    });
    const board = await section(/Bestuur/);
    expect(board).toHaveTextContent('Er wacht nu geen besluit op het bestuur.');
    expect(board).toHaveTextContent('Geen open punten.');
    // Only the way to the region's programmes: nothing to decide, so no decision link.
    expect(
      within(board)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/regio/r1']);
  });

  it('shows a portfolio holder their assignments with report-back date, mandate use and alerts', async () => {
    const mandate = (use: Partial<StartAssignment['mandate']>): StartAssignment['mandate'] => ({
      ceilingCents: null,
      usedCents: 0,
      remainingCents: null,
      shareUsed: null,
      escalatedCents: 0,
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      nextReportBack: null,
      alerts: [],
      today: '2026-05-20',
      ...use,
    });
    const assignment = (id: string, code: string, use: StartAssignment['mandate']) => ({
      id,
      code,
      title: `Opdracht ${code}`,
      programmeId: 'p26',
      year: 2026,
      regionId: REGION,
      status: 'active',
      mandate: use,
      reportDue: null,
    });
    show(meWith('portfolio_holder', { personId: 'person-1' }), {
      ...empty(['portfolio_holder']),
      assignments: [
        assignment(
          'a1',
          'MOB-1',
          mandate({
            ceilingCents: 250_000_00,
            usedCents: 212_500_00,
            remainingCents: 37_500_00,
            shareUsed: 0.85,
            nextReportBack: '2026-06-30',
            alerts: [{ kind: 'ceiling', usedCents: 212_500_00, ceilingCents: 250_000_00 }],
          }),
        ),
        assignment('a2', 'MOB-2', mandate({})),
      ],
    });
    const mine = await section('Portefeuillehouder: jouw opdrachten');
    expect(linkIn(mine, 'MOB-1 Opdracht MOB-1 (2026)')).toHaveAttribute('href', '/opdracht/a1');
    const first = linkIn(mine, 'MOB-1 Opdracht MOB-1 (2026)').closest('li')!;
    const second = linkIn(mine, 'MOB-2 Opdracht MOB-2 (2026)').closest('li')!;
    expect(first).toHaveTextContent('Volgende terugkoppeling: 30 juni 2026');
    expect(first).toHaveTextContent(
      '€ 212.500,00 van € 250.000,00 gebruikt (85 %). Nog € 37.500,00 over.',
    );
    expect(first).toHaveTextContent('Let op85 % van het plafond van € 250.000,00 is gebruikt.');
    // Without a ceiling or a decision there is nothing to measure and nothing to warn about.
    expect(second).toHaveTextContent('Geen terugkoppelmoment meer gepland');
    expect(second).not.toHaveTextContent('gebruikt');
    expect(second).not.toHaveTextContent('Let op');
    expect(linkIn(mine, 'Al mijn opdrachten en mandaten')).toHaveAttribute(
      'href',
      '/mijn-opdrachten',
    );
  });

  it('tells a portfolio holder without assignments what will appear', async () => {
    show(meWith('portfolio_holder', { personId: 'person-1' }), empty(['portfolio_holder']));
    const mine = await section('Portefeuillehouder: jouw opdrachten');
    expect(mine).toHaveTextContent('Je bent nog van geen opdracht bestuurlijk opdrachtgever.');
  });

  const clerk = meWith('council', { municipalityId: 'm-best', municipalityName: 'Best' });
  const best = { id: 'm-best', name: 'Best', cbsCode: 'GM0753' };

  it('shows a council clerk "Onze gemeente": deadline, days left, amount, change, decision, links', async () => {
    show(clerk, {
      ...empty(['council']),
      councils: [
        {
          regionId: REGION,
          regionName,
          municipality: best,
          programme: {
            id: 'p26',
            year: 2026,
            title: 'Werkprogramma 2026',
            status: 'consultation',
            deadline: '2026-05-25',
            daysLeft: 5,
            deadlineState: 'due_soon',
            decisionStatus: 'view_submitted',
            decisionDate: '2026-05-12',
            totalCents: 1_234_567,
            previousYearTotalCents: 1_000_000,
            differenceCents: 234_567,
            hasResponseMemo: true,
          },
        },
      ],
    });
    const ours = await section('Onze gemeente: Best');
    expect(ours).toHaveTextContent('Termijn voor zienswijzen tot en met 25 mei 2026 (nog 5 dagen)');
    expect(ours).toHaveTextContent('Best betaalt € 12.345,67 voor 2026');
    expect(ours).toHaveTextContent('+€ 2.345,67 ten opzichte van vorig jaar (€ 10.000,00)');
    expect(ours).toHaveTextContent('Besluit van de raad: Zienswijze ingediend (12 mei 2026)');
    expect(linkIn(ours, 'Wat Best betaalt en besloot')).toHaveAttribute(
      'href',
      '/programma/p26/gemeente/m-best',
    );
    expect(linkIn(ours, 'Raadsinformatiepakket voor Best')).toHaveAttribute(
      'href',
      '/programma/p26/gemeente/m-best/raadsinformatie',
    );
    expect(linkIn(ours, 'Nota van beantwoording')).toHaveAttribute(
      'href',
      '/programma/p26/nota-van-beantwoording',
    );
    // The clerk's own page is in the menu.
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getByRole('link', { name: 'Onze gemeente' })).toHaveAttribute(
      'href',
      '/onze-gemeente',
    );
  });

  it('tells a council clerk there is no memo once a programme was adopted without any view', async () => {
    const programme = (status: 'adopted') => ({
      id: 'p26',
      year: 2026,
      title: 'Werkprogramma 2026',
      status,
      deadline: '2026-05-25',
      daysLeft: null,
      deadlineState: null,
      decisionStatus: 'no_view' as const,
      decisionDate: '2026-05-12',
      totalCents: 1_234_567,
      previousYearTotalCents: null,
      differenceCents: null,
      hasResponseMemo: false,
    });
    show(clerk, {
      ...empty(['council']),
      councils: [
        { regionId: REGION, regionName, municipality: best, programme: programme('adopted') },
      ],
    });
    const ours = await section('Onze gemeente: Best');
    expect(ours).toHaveTextContent(
      'Er is geen nota van beantwoording: geen enkele raad diende een zienswijze in voordat het programma werd vastgesteld.',
    );
    expect(ours).not.toHaveTextContent('verschijnt zodra');
  });

  it('tells a council clerk what appears once a programme comes to the councils', async () => {
    show(clerk, {
      ...empty(['council']),
      councils: [{ regionId: REGION, regionName, municipality: best, programme: null }],
    });
    const ours = await section('Onze gemeente: Best');
    expect(ours).toHaveTextContent(
      'Er ligt nu geen programma van Metropoolregio Eindhoven bij de gemeenteraden. Zodra het regiobureau',
    );
    expect(linkIn(ours, 'Programma’s van Metropoolregio Eindhoven')).toHaveAttribute(
      'href',
      '/regio/r1',
    );
  });

  it('shows an observer the region’s programmes, and says when there are none', async () => {
    show(meWith('observer'), { ...empty(['observer']), programmes: [consultation] });
    const list = await section('Programma’s van Metropoolregio Eindhoven');
    expect(linkIn(list, 'Werkprogramma 2026 (2026): Bij de gemeenteraden')).toHaveAttribute(
      'href',
      '/programma/p26',
    );
  });

  it('tells an observer of a region without programmes what will appear', async () => {
    show(meWith('observer'), empty(['observer']));
    expect(await section('Programma’s van Metropoolregio Eindhoven')).toHaveTextContent(
      'Deze regio heeft nog geen lopend programma.',
    );
  });

  it('shows an admin the accounts needing attention and the programmes', async () => {
    const accounts = { regionId: REGION, regionName, openInvitations: 2, deactivated: 1 };
    show(meWith('admin'), { ...empty(['admin']), programmes: [draft], accounts: [accounts] });
    const attention = await section(
      'Beheer: accounts die aandacht vragen in Metropoolregio Eindhoven',
    );
    expect(attention).toHaveTextContent('2 uitnodigingen nog niet aanvaard');
    expect(attention).toHaveTextContent('1 account gedeactiveerd');
    expect(
      linkIn(attention, 'Accounts en rollen van Metropoolregio Eindhoven beheren'),
    ).toHaveAttribute('href', '/regio/r1/beheer/accounts');
    expect(await section('Programma’s van Metropoolregio Eindhoven')).toBeVisible();
  });

  it('tells an admin when no account needs attention', async () => {
    const accounts = { regionId: REGION, regionName, openInvitations: 0, deactivated: 0 };
    show(meWith('admin'), { ...empty(['admin']), accounts: [accounts] });
    expect(await section(/Beheer/)).toHaveTextContent('Geen accounts die aandacht vragen.');
  });

  it('tells a user without roles what will appear', async () => {
    show({ ...meWith('observer'), roles: [] }, { ...empty([]), regions: [] });
    expect(await screen.findByText(/Je account heeft nog geen rol in een regio/)).toBeVisible();
  });
});
