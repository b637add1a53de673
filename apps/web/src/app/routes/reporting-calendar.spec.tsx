import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bureau } from '../../features/assignments/test-fixtures';
import { mockApi } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

const entries = [
  { kind: 'voorjaar', title: 'Voorjaarsrapportage', dataUntil: '2026-04-30', dueOn: '2026-05-31' },
];
const calendar = { regionId: 'r1', entries, isDefault: true, version: 1 };

describe('the reporting calendar', () => {
  it('says the calendar was saved, and saves again at the version it was saved at', async () => {
    const calls = mockApi({
      '/auth/me': bureau,
      '/regions/r1/reporting-calendar': calendar,
      'PUT /regions/r1/reporting-calendar': { ...calendar, isDefault: false, version: 2 },
    });
    renderRoute('/regio/r1/rapportagekalender');
    await userEvent.click(await screen.findByRole('button', { name: 'Kalender opslaan' }));
    expect(await screen.findByText('De kalender is opgeslagen.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Kalender opslaan' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'PUT').map((c) => c.body)).toEqual([
        { entries, version: 1 },
        { entries, version: 2 },
      ]),
    );
  });
});
