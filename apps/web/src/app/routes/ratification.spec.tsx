import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, page } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

const bureau = {
  user: { id: 'u1', email: 'bureau@koers.demo', name: 'Demo Regiobureau', isPlatformAdmin: false },
  roles: [
    {
      regionId: 'r1',
      regionName: 'Metropoolregio Eindhoven',
      role: 'bureau',
      municipalityId: null,
      municipalityName: null,
      personId: null,
    },
  ],
  csrfToken: 'csrf',
};
const programme = {
  id: 'p1',
  regionId: 'r1',
  year: 2027,
  title: 'Werkprogramma 2027',
  status: 'consultation',
  sentToCouncilsOn: '2026-05-22',
  consultationDeadline: '2026-08-14',
};
const ref = (id: string, name: string) => ({ id, name, cbsCode: `GM${id}` });
const decision = (
  id: string,
  name: string,
  status: string,
  deadlineState: string,
  extra: Record<string, unknown> = {},
) => ({
  id: `d-${id}`,
  programmeId: 'p1',
  round: 1,
  currentRound: 1,
  rounds: [1],
  municipality: ref(id, name),
  status,
  responded: status !== 'pending',
  councilMeetingDate: null,
  decisionDate: status === 'pending' ? null : '2026-07-02',
  decisionReference: '',
  decisionUrl: null,
  declinedAssignments: [],
  viewPointCount: 0,
  unansweredViewPointCount: 0,
  deadline: '2026-08-14',
  deadlineState,
  version: 2,
  updatedAt: '2026-07-02T10:00:00Z',
  ...extra,
});
const byStatus = {
  pending: 2,
  no_view: 0,
  view_submitted: 0,
  agreed: 1,
  agreed_with_view: 1,
  rejected: 0,
  partial: 0,
};
const matrix = {
  programmeId: 'p1',
  round: 1,
  currentRound: 1,
  rounds: [1],
  programmeStatus: 'consultation',
  sentToCouncilsOn: '2026-05-22',
  deadline: '2026-08-14',
  today: '2026-08-20',
  items: [
    decision('1', 'Best', 'agreed_with_view', 'on_time', {
      viewPointCount: 1,
      unansweredViewPointCount: 1,
    }),
    decision('2', 'Eindhoven', 'agreed', 'on_time'),
    decision('3', 'Helmond', 'pending', 'overdue'),
    decision('4', 'Veldhoven', 'pending', 'due_soon'),
  ],
  counts: {
    total: 4,
    responded: 2,
    byStatus,
    byDeadlineState: { on_time: 2, due_soon: 1, overdue: 1 },
    viewPoints: 1,
    unansweredViewPoints: 1,
  },
};
const point = {
  id: 'vp1',
  councilDecisionId: 'd-1',
  municipality: ref('1', 'Best'),
  number: 1,
  text: 'Laat Best niet meebetalen aan de Brainport-bijdrage.',
  assignment: { id: 'a1', code: 'A1', title: 'Brainport' },
  answered: false,
  answer: null,
  outcome: null,
  resultingChange: null,
  answeredAt: null,
  version: 1,
};

function renderAt(path: string) {
  return renderRoute(path);
}

describe('the ratification matrix', () => {
  it('says each council’s deadline state in words, counts them, and filters the overdue', async () => {
    mockApi({
      '/auth/me': bureau,
      '/programmes/p1': programme,
      '/programmes/p1/council-decisions': matrix,
      '/programmes/p1/views': {
        ...page([point]),
        counts: { total: 1, answered: 0, unanswered: 1 },
      },
    });
    const router = renderAt('/programma/p1/raden');
    const table = await screen.findByRole('table', {
      name: /Gemeenten en hun besluit \(4 van 4\)/,
    });
    const row = (name: string) =>
      within(table)
        .getByRole('rowheader', { name: new RegExp(name) })
        .closest('tr') as HTMLElement;
    expect(row('Helmond')).toHaveTextContent('Nog geen besluit');
    expect(row('Helmond')).toHaveTextContent('Te laat');
    expect(row('Veldhoven')).toHaveTextContent('Termijn loopt bijna af');
    expect(row('Best')).toHaveTextContent('Ingestemd met zienswijze');
    expect(row('Best')).toHaveTextContent('Op tijd');
    expect(row('Best')).toHaveTextContent('1 (1 open)');
    expect(screen.getByText('2 van de 4 raden hebben gereageerd.', { exact: false })).toBeVisible();
    expect(
      screen.getByText('Termijn: 2 op tijd, 1 bijna verlopen, 1 te laat.', { exact: false }),
    ).toBeVisible();
    // One point is "punt", not "punten" (issue 18 §4).
    expect(
      screen.getByText('1 zienswijzepunt, waarvan 1 nog niet beantwoord.', { exact: false }),
    ).toBeVisible();
    expect(await screen.findByText('1 punt: 0 beantwoord, 1 nog open.')).toBeVisible();

    await userEvent.click(screen.getByLabelText('Alleen gemeenten die te laat zijn'));
    const filtered = screen.getByRole('table', { name: /\(1 van 4\)/ });
    expect(within(filtered).getByText('Helmond')).toBeVisible();
    expect(within(filtered).queryByText('Best')).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?termijn=te-laat');

    await userEvent.click(screen.getByLabelText('Alleen gemeenten die te laat zijn'));
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'agreed');
    expect(screen.getByRole('table', { name: /\(1 van 4\)/ })).toHaveTextContent('Eindhoven');
  });

  it('shows each council’s meeting date where it is recorded, and a dash where not', async () => {
    const items = matrix.items.map((item) =>
      item.municipality.name === 'Eindhoven'
        ? { ...item, councilMeetingDate: '2026-06-30', status: 'partial' }
        : item,
    );
    mockApi({
      '/auth/me': bureau,
      '/programmes/p1': programme,
      '/programmes/p1/council-decisions': { ...matrix, items },
      '/programmes/p1/views': { ...page([]), counts: { total: 0, answered: 0, unanswered: 0 } },
    });
    renderAt('/programma/p1/raden');
    const table = await screen.findByRole('table', { name: /Gemeenten en hun besluit/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers.slice(0, 4)).toEqual(['Gemeente', 'Status', 'Raadsvergadering', 'Besluitdatum']);
    const cells = (name: string) =>
      within(
        within(table)
          .getByRole('rowheader', { name: new RegExp(name) })
          .closest('tr') as HTMLElement,
      )
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells('Eindhoven').slice(0, 3)).toEqual([
      'Gedeeltelijk ingestemd',
      '30 juni 2026',
      '2 juli 2026',
    ]);
    expect(cells('Helmond').slice(1, 3)).toEqual(['—', '—']);
  });

  it('says so in words when the programme never went to the councils', async () => {
    mockApi({
      '/auth/me': bureau,
      '/programmes/p1': { ...programme, status: 'draft' },
      '/programmes/p1/council-decisions': {
        status: 409,
        body: { status: 409, code: 'PROGRAMME_NOT_SENT_TO_COUNCILS', detail: 'x' },
      },
    });
    renderAt('/programma/p1/raden');
    expect(
      await screen.findByText(
        'Dit programma is nog niet aan de gemeenteraden voorgelegd. Er zijn dus nog geen raadsbesluiten of zienswijzen.',
      ),
    ).toBeVisible();
  });
});

describe('one council’s decision', () => {
  const detail = { ...matrix.items[0], viewPoints: [point] };

  it('lets the bureau answer a point of the view', async () => {
    const calls = mockApi({
      '/auth/me': bureau,
      '/programmes/p1': programme,
      '/programmes/p1/council-decisions/1': detail,
      'PUT /programmes/p1/views/vp1/answer': {
        ...point,
        answered: true,
        answer: 'Overgenomen.',
        outcome: 'adopted',
        version: 2,
      },
    });
    renderAt('/programma/p1/raden/1');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Raadsbesluit van Best' }),
    ).toBeVisible();
    expect(screen.getByText(point.text)).toBeVisible();
    expect(screen.getByText('Over opdracht A1 Brainport')).toBeVisible();
    expect(screen.getByText('Nog niet beantwoord')).toBeVisible();

    await userEvent.click(await screen.findByRole('button', { name: 'Punt 1 beantwoorden' }));
    const answer = screen.getByLabelText('Antwoord, met redenen');
    expect(answer).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Antwoord opslaan' }));
    expect(screen.getByText('Vul het antwoord in.')).toBeVisible();

    await userEvent.type(answer, 'Overgenomen: Best betaalt niet mee aan Brainport.');
    await userEvent.click(screen.getByLabelText('Deels overgenomen'));
    await userEvent.click(screen.getByRole('button', { name: 'Antwoord opslaan' }));
    expect(await screen.findByText('Het antwoord op punt 1 is opgeslagen.')).toBeVisible();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      answer: 'Overgenomen: Best betaalt niet mee aan Brainport.',
      outcome: 'partly_adopted',
      resultingChange: null,
      version: 1,
    });
  });

  it('keeps the typed answer when someone else answered first, and shows theirs', async () => {
    const theirs = {
      ...point,
      answered: true,
      answer: 'Niet overgenomen.',
      outcome: 'not_adopted',
      version: 2,
    };
    let reads = 0;
    const calls = mockApi({
      '/auth/me': bureau,
      '/programmes/p1': programme,
      'PUT /programmes/p1/views/vp1/answer': {
        status: 409,
        body: {
          status: 409,
          code: 'VIEW_POINT_VERSION_CONFLICT',
          detail: 'Iemand anders heeft dit zienswijzepunt intussen gewijzigd.',
        },
      },
    });
    // First read: the point unanswered; after the conflict: someone else's answer.
    const fetchMock = global.fetch as jest.Mock;
    const base = fetchMock.getMockImplementation() as typeof fetch;
    fetchMock.mockImplementation((input: Request | string, init?: RequestInit) => {
      const path = input instanceof Request ? new URL(input.url).pathname : input;
      if (path === '/api/programmes/p1/council-decisions/1') {
        reads += 1;
        const body = { ...detail, viewPoints: [reads === 1 ? point : theirs] };
        return Promise.resolve(
          new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
        );
      }
      return base(input, init);
    });
    renderAt('/programma/p1/raden/1');
    await userEvent.click(await screen.findByRole('button', { name: 'Punt 1 beantwoorden' }));
    await userEvent.type(screen.getByLabelText('Antwoord, met redenen'), 'Mijn antwoord.');
    await userEvent.click(screen.getByLabelText('Overgenomen'));
    await userEvent.click(screen.getByRole('button', { name: 'Antwoord opslaan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Iemand anders heeft dit punt intussen gewijzigd of beantwoord. Jouw tekst staat er nog.',
    );
    expect(await screen.findByText('Huidig antwoord: Niet overgenomen.')).toBeVisible();
    expect(screen.getByLabelText('Antwoord, met redenen')).toHaveValue('Mijn antwoord.');
    expect(screen.getByLabelText('Overgenomen')).toBeChecked();
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
  });
});
