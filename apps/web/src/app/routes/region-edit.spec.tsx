import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bureau } from '../../features/assignments/test-fixtures';
import { mockApi } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

const admin = { ...bureau, roles: [{ ...bureau.roles[0], role: 'admin' as const }] };
const region = (changes: object = {}) => ({
  id: 'r1',
  name: 'Regio Zwolle',
  shortName: 'RZ',
  governanceMode: 'board',
  provinces: ['Overijssel'],
  viewWindowWeeks: 8,
  defaultContributionKey: 'per_inhabitant',
  mandateOverrun: 'refuse',
  mandateOverrunSentence: 'Dit besluit overschrijdt het mandaat.',
  version: 2,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  ...changes,
});

describe('the region settings', () => {
  it('change the default cost-sharing key and the mandate overrun rule with the other settings, against the version read', async () => {
    const calls = mockApi({
      '/auth/me': admin,
      '/regions/r1': region(),
      'PATCH /regions/r1': region({
        defaultContributionKey: 'fixed_plus_per_inhabitant',
        version: 3,
      }),
    });
    renderRoute('/regio/r1/bewerken');
    const key = await screen.findByRole('combobox', {
      name: 'Standaardverdeelsleutel van de regio',
    });
    expect(key).toHaveValue('per_inhabitant');
    await userEvent.selectOptions(key, 'Vast deel plus per inwoner');
    const overrun = screen.getByRole('combobox', { name: 'Een besluit boven het mandaat' });
    expect(overrun).toHaveValue('refuse');
    await userEvent.selectOptions(overrun, 'wordt vastgelegd en voorgelegd aan het bestuur');
    await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await screen.findByRole('status')).toHaveTextContent('De wijzigingen zijn opgeslagen.');
    expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({
      defaultContributionKey: 'fixed_plus_per_inhabitant',
      mandateOverrun: 'escalate',
      mandateOverrunSentence: 'Dit besluit overschrijdt het mandaat.',
      viewWindowWeeks: 8,
      version: 2,
    });
  });
});
