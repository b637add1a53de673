import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bureau } from '../../features/assignments/test-fixtures';
import { mockApi } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

const URL = '/regio/r1/beheer/inwonertallen';
const region = {
  id: 'r1',
  name: 'Regio Zwolle',
  shortName: 'RZ',
  governanceMode: 'board',
  provinces: ['Overijssel'],
  viewWindowWeeks: 8,
  defaultContributionKey: { type: 'per_inhabitant' },
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};
const result = (dryRun: boolean) => ({
  dryRun,
  source: 'CBS StatLine, bevolking op 1 januari (bevolking.csv)',
  matched: [
    {
      line: 3,
      municipalityId: 'm1',
      municipalityName: 'Zwolle',
      referenceDate: '2025-01-01',
      population: 132_411,
      recorded: null,
      change: 'new',
    },
    {
      line: 4,
      municipalityId: 'm2',
      municipalityName: 'Kampen',
      referenceDate: '2025-01-01',
      population: 55_322,
      recorded: 55_322,
      change: 'same',
    },
  ],
  unmatched: [{ line: 6, label: 'Bergen (NH.)', reason: 'unknown_municipality' }],
  missing: [{ municipalityId: 'm3', municipalityName: 'Urk' }],
  storedCount: dryRun ? 0 : 1,
});
const file = new File(
  ['"Regio\'s";"Perioden";"Bevolking op 1 januari (aantal)"\n'],
  'bevolking.csv',
  {
    type: 'text/csv',
  },
);

describe('the CBS population upload', () => {
  it('previews what the file gives each municipality, then stores it', async () => {
    const calls = mockApi({
      '/auth/me': bureau,
      '/regions/r1': region,
      'POST /regions/r1/populations/import?dryRun=true': result(true),
      'POST /regions/r1/populations/import?dryRun=false': result(false),
    });
    renderRoute(URL);
    await userEvent.upload(await screen.findByLabelText('CSV-bestand uit StatLine'), file);
    await userEvent.click(screen.getByRole('button', { name: 'Bekijk wat er verandert' }));
    const table = await screen.findByRole('table', { name: '2 inwonertallen uit het bestand' });
    expect(table).toHaveTextContent(/Zwolle.*1 januari 2025.*132\.411.*—.*Wordt vastgelegd/);
    expect(table).toHaveTextContent(/Kampen.*55\.322.*55\.322.*Al vastgelegd, blijft zo/);
    expect(
      screen.getByText(/Regel 6: Bergen \(NH\.\) — geen gemeente van deze regio/),
    ).toBeVisible();
    expect(
      screen.getByText(/1 gemeente van de regio staat niet in het bestand: Urk/),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Inwonertallen vastleggen' }));
    expect(
      await screen.findByText(
        '1 inwonertal is vastgelegd met bron ‘CBS StatLine, bevolking op 1 januari (bevolking.csv)’.',
      ),
    ).toBeVisible();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([
      '/regions/r1/populations/import?dryRun=true',
      '/regions/r1/populations/import?dryRun=false',
    ]);
    // The file goes as multipart/form-data in the field `file`.
    expect(String(calls[calls.length - 1].body)).toContain('name="file"');
  });

  it('asks for the file first, and shows the API’s refusal of a wrong file at the field', async () => {
    const calls = mockApi({
      '/auth/me': bureau,
      '/regions/r1': region,
      'POST /regions/r1/populations/import?dryRun=true': {
        status: 400,
        body: {
          status: 400,
          code: 'IMPORT_FILE_NOT_SUPPORTED',
          detail: 'Het bestand is geen CSV.',
          errors: [{ field: 'file', message: 'is geen XLSX- of CSV-bestand: er is geen kop' }],
        },
      },
    });
    renderRoute(URL);
    const input = await screen.findByLabelText('CSV-bestand uit StatLine');
    await userEvent.click(screen.getByRole('button', { name: 'Bekijk wat er verandert' }));
    expect(input).toHaveAccessibleDescription(
      expect.stringContaining('Kies eerst het CSV-bestand.'),
    );
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
    await userEvent.upload(input, file);
    await userEvent.click(screen.getByRole('button', { name: 'Bekijk wat er verandert' }));
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(expect.stringContaining('er is geen kop')),
    );
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('does not offer to store when a recorded figure differs', async () => {
    const differing = result(true);
    differing.matched[1] = { ...differing.matched[1], recorded: 55_000, change: 'different' };
    mockApi({
      '/auth/me': bureau,
      '/regions/r1': region,
      'POST /regions/r1/populations/import?dryRun=true': differing,
    });
    renderRoute(URL);
    await userEvent.upload(await screen.findByLabelText('CSV-bestand uit StatLine'), file);
    await userEvent.click(screen.getByRole('button', { name: 'Bekijk wat er verandert' }));
    expect(
      await screen.findByText(/Van Kampen is op die datum al een ander inwonertal/),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Inwonertallen vastleggen' })).toBeNull();
  });
});
