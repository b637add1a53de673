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

  it('change the form of cooperation and the window for views, with the reporting calendar a link away', async () => {
    const calls = mockApi({
      '/auth/me': admin,
      '/regions/r1': region({ governanceMode: 'wgr_public_body' }),
      'PATCH /regions/r1': region({ governanceMode: 'network', viewWindowWeeks: 10, version: 3 }),
    });
    renderRoute('/regio/r1/bewerken');
    const mode = await screen.findByRole('combobox', { name: 'Samenwerkingsvorm' });
    expect(mode).toHaveValue('wgr_public_body');
    expect(screen.getByRole('link', { name: 'Rapportagekalender' })).toHaveAttribute(
      'href',
      '/regio/r1/rapportagekalender',
    );
    await userEvent.selectOptions(mode, 'network');
    const weeks = screen.getByRole('spinbutton', { name: 'Termijn voor een zienswijze (weken)' });
    await userEvent.clear(weeks);
    await userEvent.type(weeks, '10');
    await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await screen.findByRole('status')).toHaveTextContent('De wijzigingen zijn opgeslagen.');
    expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({
      governanceMode: 'network',
      viewWindowWeeks: 10,
      version: 2,
    });
  });
});
