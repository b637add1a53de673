import { QueryObserver } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { councilDecisionsQueryOptions } from '../../lib/api/get-council-decisions';
import { programmeQueryOptions } from '../../lib/api/get-programme';
import { createQueryClient } from '../../lib/query-client';
import { mockApi, page } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

const meAs = (role: string) => ({
  user: { id: 'u1', email: `${role}@koers.demo`, name: `Demo ${role}`, isPlatformAdmin: false },
  roles: [
    {
      regionId: 'r1',
      regionName: 'Metropoolregio Eindhoven',
      role,
      municipalityId: null,
      municipalityName: null,
      personId: null,
    },
  ],
  csrfToken: 'csrf',
});
const programme = (status: string) => ({
  id: 'p1',
  regionId: 'r1',
  year: 2027,
  title: 'Werkprogramma 2027',
  introduction: '',
  status,
  populationReferenceDate: null,
  contributionKey: null,
  viewWindowWeeks: null,
  sentToCouncilsOn: status === 'consultation' ? '2026-05-22' : null,
  consultationDeadline: status === 'consultation' ? '2026-08-14' : null,
  adoptedOn: null,
  versionCount: 1,
  assignmentCount: 9,
  version: 4,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  totals: {},
});
const region = { id: 'r1', name: 'Metropoolregio Eindhoven', viewWindowWeeks: 12 };
const municipalities = page(
  Array.from({ length: 21 }, (_, i) => ({
    id: `m${i}`,
    name: `Gemeente ${i}`,
    memberFrom: null,
    memberUntil: null,
  })),
);

function renderLifecycle() {
  renderRoute('/programma/p1/besluitvorming');
}

/** The lifecycle screen of p1 while another programme (p2) is on screen elsewhere (observed). */
function renderLifecycleBesideAnotherProgramme() {
  const client = createQueryClient();
  const keepOnScreen = () => undefined;
  new QueryObserver(client, programmeQueryOptions('p2')).subscribe(keepOnScreen);
  new QueryObserver(client, councilDecisionsQueryOptions('p2')).subscribe(keepOnScreen);
  renderRoute('/programma/p1/besluitvorming', client);
}

describe('the lifecycle screen', () => {
  it('offers the bureau only the sending, and says how many councils get it until when', async () => {
    const calls = mockApi({
      '/programmes/p2': { ...programme('consultation'), id: 'p2', year: 2026 },
      '/programmes/p2/council-decisions': { programmeId: 'p2', round: 1, items: [] },
      '/auth/me': meAs('bureau'),
      '/programmes/p1': programme('proposed'),
      '/programmes/p1/transitions': {
        programmeId: 'p1',
        status: 'proposed',
        transitions: [
          { to: 'draft', possible: true, reasonRequired: true, refusalCode: null, refusal: null },
          {
            to: 'consultation',
            possible: true,
            reasonRequired: false,
            refusalCode: null,
            refusal: null,
          },
        ],
      },
      '/regions/r1': region,
      '/regions/r1/municipalities': municipalities,
      'POST /programmes/p1/transitions': { ...programme('consultation'), allowedTransitions: [] },
    });
    renderLifecycleBesideAnotherProgramme();
    const gets = (path: string) =>
      calls.filter((c) => c.method === 'GET' && c.path === path).length;
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Besluitvorming: Werkprogramma 2027' }),
    ).toBeVisible();
    expect(screen.getByText('Voorstel aan het bestuur')).toBeVisible();
    const send = await screen.findByRole('button', { name: 'Naar de gemeenteraden sturen' });
    // The board decides about going back to draft; the bureau is not offered it.
    expect(screen.queryByRole('button', { name: 'Terug naar concept' })).not.toBeInTheDocument();

    await userEvent.click(send);
    const confirmation = screen.getByRole('region', {
      name: 'Bevestigen: Naar de gemeenteraden sturen',
    });
    expect(within(confirmation).getByRole('heading')).toHaveFocus();
    fireEvent.change(within(confirmation).getByLabelText('Dag van verzenden aan de raden'), {
      target: { value: '2026-05-22' },
    });
    expect(
      within(confirmation).getByText(
        '21 gemeenteraden ontvangen het programma; de termijn voor zienswijzen loopt tot 14 augustus 2026.',
      ),
    ).toBeVisible();
    await userEvent.click(
      within(confirmation).getByRole('button', { name: 'Ja, naar de gemeenteraden sturen' }),
    );
    expect(
      await screen.findByText('Gelukt: het programma heeft nu de status “Bij de gemeenteraden”.'),
    ).toBeVisible();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      to: 'consultation',
      sentOn: '2026-05-22',
    });
    // The answer is the programme: its next steps are fetched again, it is not; nor is another
    // programme or its councils' decisions.
    await waitFor(() => expect(gets('/programmes/p1/transitions')).toBe(2));
    expect(gets('/programmes/p1')).toBe(1);
    expect(gets('/programmes/p2')).toBe(1);
    expect(gets('/programmes/p2/council-decisions')).toBe(1);
  });

  it('shows the board why it cannot adopt yet, and asks a reason to go back to draft', async () => {
    mockApi({
      '/auth/me': meAs('board'),
      '/programmes/p1': programme('consultation'),
      '/programmes/p1/transitions': {
        programmeId: 'p1',
        status: 'consultation',
        transitions: [
          { to: 'draft', possible: true, reasonRequired: true, refusalCode: null, refusal: null },
          {
            to: 'adopted',
            possible: false,
            reasonRequired: false,
            refusalCode: 'PROGRAMME_HAS_UNANSWERED_VIEWS',
            refusal: 'Er zijn nog 2 zienswijzepunten zonder antwoord van het bestuur.',
          },
        ],
      },
      '/regions/r1': region,
      '/regions/r1/municipalities': municipalities,
      'POST /programmes/p1/transitions': {
        status: 409,
        body: {
          status: 409,
          code: 'PROGRAMME_TRANSITION_NOT_ALLOWED',
          detail: 'Een ander heeft het programma intussen al teruggezet naar concept.',
        },
      },
    });
    renderLifecycle();
    const adopt = await screen.findByRole('button', { name: 'Vaststellen' });
    expect(adopt).toBeDisabled();
    expect(adopt).toHaveAccessibleDescription(
      'Kan nu niet: Er zijn nog 2 zienswijzepunten zonder antwoord van het bestuur.',
    );
    expect(screen.getByText('14 augustus 2026')).toBeVisible();
    expect(
      screen.queryByRole('button', { name: 'Naar de gemeenteraden sturen' }),
    ).not.toBeInTheDocument();

    const back = screen.getByRole('button', { name: 'Terug naar concept' });
    await userEvent.click(back);
    await userEvent.click(screen.getByRole('button', { name: 'Ja, terug naar concept' }));
    expect(screen.getByText('Vul een reden in.')).toBeVisible();
    expect(screen.getByLabelText('Reden')).toHaveFocus();

    await userEvent.type(screen.getByLabelText('Reden'), 'De raden vragen om een andere verdeling');
    await userEvent.click(screen.getByRole('button', { name: 'Ja, terug naar concept' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      // Worded from the problem's code, in the reader's language.
      'Dit kon niet: Deze stap is vanuit de huidige status niet mogelijk.',
    );

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: /Bevestigen/ })).not.toBeInTheDocument();
    expect(back).toHaveFocus();
  });
});
