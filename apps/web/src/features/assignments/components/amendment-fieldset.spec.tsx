import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, page } from '../../../test/mock-api';
import { renderRoute } from '../../../test/render-route';
import { assignment, regionRoutes } from '../test-fixtures';

jest.setTimeout(30_000);

const point = (id: string, municipality: string, number: number, text: string) => ({
  id,
  councilDecisionId: `d-${id}`,
  round: 2,
  municipality: { id: `m-${id}`, name: municipality, cbsCode: 'GM0001' },
  number,
  text,
  assignment: null,
  answered: false,
  answer: null,
  outcome: null,
  resultingChange: null,
  answeredAt: null,
  version: 1,
});

const routes = {
  ...regionRoutes,
  '/programmes/p1': { ...regionRoutes['/programmes/p1'], status: 'consultation' },
  '/programmes/p1/assignments': page([]),
  '/assignments/a1': assignment(),
  '/assignments/a1/steering-group': { assignmentId: 'a1', members: [], commitments: [] },
  '/programmes/p1/views': {
    ...page([
      point('vp1', 'Helmond', 1, 'Houd de bijdrage gelijk.'),
      point('vp2', 'Helmond', 2, 'Meer geld voor snelfietsroutes.'),
    ]),
    round: 2,
    currentRound: 2,
    rounds: [1, 2],
    counts: { total: 2, answered: 0, unanswered: 2 },
  },
};

describe('an amendment during the consultation', () => {
  it('asks which view points the change answers and sends them with it', async () => {
    const calls = mockApi({ ...routes, 'PATCH /assignments/a1': assignment() });
    const router = renderRoute('/opdracht/a1/bewerken');
    const group = await screen.findByRole('group', {
      name: 'Naar aanleiding van welke zienswijzepunten?',
    });
    expect(screen.getByText(/je kunt deze opdracht alleen wijzigen als amendement/i)).toBeVisible();

    // Saving without a point says so at the group, without calling the API.
    await userEvent.click(screen.getByRole('button', { name: 'Opdracht opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Kies minstens één zienswijzepunt waarop deze wijziging antwoordt.',
    );
    expect(group).toHaveAccessibleDescription(expect.stringContaining('Kies minstens één'));
    expect(calls.filter((c) => c.method === 'PATCH')).toEqual([]);

    await userEvent.click(
      within(group).getByLabelText('Zienswijze Helmond punt 2: Meer geld voor snelfietsroutes.'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Opdracht opslaan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/programma/p1'));
    expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({
      answersViewPointIds: ['vp2'],
    });
  });
});
