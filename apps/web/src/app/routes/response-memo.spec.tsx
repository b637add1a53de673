import type { ResponseMemoResponse, ViewPointResponse } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import { mockApi } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

const me = {
  user: { id: 'u1', email: 'observer@koers.demo', name: 'Waarnemer', isPlatformAdmin: false },
  roles: [
    {
      regionId: 'r1',
      regionName: 'Metropoolregio Eindhoven',
      role: 'observer',
      municipalityId: null,
      municipalityName: null,
      personId: null,
    },
  ],
  csrfToken: 'csrf',
};
const helmond = { id: 'hel', name: 'Helmond', cbsCode: 'GM0794' };
const point = (number: number, extra: Partial<ViewPointResponse>): ViewPointResponse => ({
  id: `vp${number}`,
  councilDecisionId: 'd1',
  round: 2,
  municipality: helmond,
  number,
  text: `Punt ${number} van Helmond.`,
  assignment: null,
  answered: false,
  answer: null,
  outcome: null,
  resultingChange: null,
  answeredAt: null,
  version: 1,
  ...extra,
});
const base: ResponseMemoResponse = {
  round: 2,
  currentRound: 2,
  rounds: [1, 2],
  programme: {
    id: 'p1',
    title: 'Werkprogramma 2026',
    year: 2026,
    status: 'consultation',
    sentToCouncilsOn: '2026-05-04',
    consultationDeadline: '2026-07-27',
    adoptedOn: null,
  },
  region: { id: 'r1', name: 'Metropoolregio Eindhoven', governanceMode: 'wgr_public_body' },
  frozen: false,
  councilCount: 21,
  councils: [
    {
      municipality: helmond,
      decisionStatus: 'agreed_with_view',
      decisionDate: '2026-06-20',
      decisionReference: 'RB-12',
      points: [
        point(1, {
          answered: true,
          answer: 'De route krijgt voorrang.',
          outcome: 'adopted',
          resultingChange: 'A1 noemt Mierlo.',
          assignment: { id: 'a1', code: 'A1', title: 'Snelfietsroutes' },
        }),
        point(2, {}),
      ],
    },
  ],
  summary: [
    {
      municipality: helmond,
      points: 2,
      adopted: 1,
      partlyAdopted: 0,
      notAdopted: 0,
      unanswered: 1,
    },
  ],
  totals: { points: 2, adopted: 1, partlyAdopted: 0, notAdopted: 0, unanswered: 1 },
  amendments: [
    {
      id: 'am1',
      programmeId: 'p1',
      round: 2,
      assignment: { id: 'a1', code: 'A1', title: 'Snelfietsroutes' },
      fields: ['mandate'],
      viewPoints: [
        {
          id: 'vp1',
          round: 2,
          municipality: helmond,
          number: 1,
          text: 'Punt 1 van Helmond.',
          answer: null,
          outcome: null,
        },
      ],
      createdAt: '2026-06-01T10:00:00Z',
      createdBy: 'Bureau',
    },
  ],
};

describe('the response memo page', () => {
  it('shows the summary per council and every point with its answer, and the PDF link', async () => {
    mockApi({ '/auth/me': me, '/programmes/p1/response-memo': base });
    renderRoute('/programma/p1/nota-van-beantwoording');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Nota van beantwoording: Werkprogramma 2026 (ronde 2)',
      }),
    ).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Nota van beantwoording downloaden (PDF)' }),
    ).toHaveAttribute('href', '/api/programmes/p1/response-memo/pdf');
    expect(screen.getByRole('link', { name: 'Ronde 1' })).toHaveAttribute(
      'href',
      '/programma/p1/nota-van-beantwoording?ronde=1',
    );
    const summary = screen.getByRole('table', { name: /punten van elke raad/ });
    const cells = within(within(summary).getByRole('row', { name: /Helmond/ })).getAllByRole(
      'cell',
    );
    // points, adopted, partly, not adopted, not answered
    expect(cells.map((c) => c.textContent)).toEqual(['2', '1', '0', '0', '1']);
    expect(
      screen.getByRole('heading', {
        level: 3,
        name: 'Helmond, punt 1 – opdracht A1 Snelfietsroutes',
      }),
    ).toBeVisible();
    expect(screen.getByText('De route krijgt voorrang.')).toBeVisible();
    expect(screen.getByText('A1 noemt Mierlo.')).toBeVisible();
    expect(
      screen.getByText('Amendement: opdracht A1 Snelfietsroutes – gewijzigd: mandaat.'),
    ).toBeVisible();
    expect(screen.getByText('nog niet beantwoord.')).toBeVisible();
    expect(screen.getByText(/Nog 1 van de 2 punten zijn niet beantwoord/)).toBeVisible();
    // One council of 21 gave a view: said in the singular, not "1 raden".
    expect(
      screen.getByText(/aan 21 gemeenteraden\. 1 raad gaf een zienswijze met 2 punten\./),
    ).toBeVisible();
  });

  it('asks the API for an earlier round and says when no council gave a view', async () => {
    const calls = mockApi({
      '/auth/me': me,
      '/programmes/p1/response-memo': { ...base, round: 1, councils: [], summary: [] },
    });
    renderRoute('/programma/p1/nota-van-beantwoording?ronde=1');
    expect(
      await screen.findByText('Geen enkele raad heeft in deze ronde een zienswijze ingediend.'),
    ).toBeVisible();
    expect(calls.some((c) => c.path === '/programmes/p1/response-memo?round=1')).toBe(true);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says there are no views before the programme is sent', async () => {
    mockApi({
      '/auth/me': me,
      '/programmes/p1/response-memo': {
        ...base,
        round: 0,
        currentRound: 0,
        rounds: [],
        councils: [],
        summary: [],
        councilCount: 0,
      },
    });
    renderRoute('/programma/p1/nota-van-beantwoording');
    expect(
      await screen.findByText(
        'Het programma is nog niet aan de gemeenteraden gestuurd; er zijn nog geen zienswijzen.',
      ),
    ).toBeVisible();
  });
});
