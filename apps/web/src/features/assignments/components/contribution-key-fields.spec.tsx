import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, page } from '../../../test/mock-api';
import { renderRoute } from '../../../test/render-route';
import { assignment, programme, regionRoutes } from '../test-fixtures';

// The whole form renders on every keystroke; typing through it takes a few seconds in jsdom.
jest.setTimeout(30_000);

const KEY = 'Verdeelsleutel voor de bijdrage van de gemeenten';
const surchargeKey = {
  type: 'per_inhabitant' as const,
  surcharge: { municipalityIds: ['m2'], basisPoints: 2_000 },
};

function renderEdit(over: Parameters<typeof assignment>[0], routes: Record<string, unknown> = {}) {
  const calls = mockApi({
    ...regionRoutes,
    '/programmes/p1/assignments': page([]),
    '/assignments/a1': assignment(over),
    '/assignments/a1/steering-group': { assignmentId: 'a1', members: [], commitments: [] },
    ...routes,
  });
  renderRoute('/opdracht/a1/bewerken');
  return calls;
}

const preview = () =>
  screen.findByRole('region', { name: 'Bijdrage per gemeente (voorbeeld)' }, { timeout: 5_000 });

/** The contribution of `name` in the preview table, as shown. */
const shareOf = (name: string) => {
  const row = within(screen.getByRole('table', { name: /Bijdrage van/ })).getByRole('row', {
    name: new RegExp(name),
  });
  return within(row).getAllByRole('cell').at(-1)?.textContent;
};

describe('the cost-sharing key of an assignment', () => {
  it('never calls a key with a surcharge “Per inwoner”', async () => {
    renderEdit({ contributionKey: surchargeKey });
    const region = await preview();
    expect(region).not.toHaveTextContent('“Per inwoner”');
    expect(region).toHaveTextContent('Toeslag van 20% voor Zwolle; de rest per inwoner');
    expect(screen.getByLabelText(KEY)).toHaveDisplayValue(/^Toeslag voor de grootste/);
  });

  it('never calls the programme’s surcharge key “Per inwoner” either', async () => {
    renderEdit(
      { contributionKey: null },
      { '/programmes/p1': { ...programme, contributionKey: surchargeKey } },
    );
    const region = await preview();
    expect(within(region).queryByText(/“Per inwoner”/)).toBeNull();
    expect(region).toHaveTextContent('Toeslag van 20% voor Zwolle');
    expect(screen.getByLabelText(KEY)).toHaveDisplayValue(
      'De sleutel van het programma: Toeslag van 20% voor Zwolle; de rest per inwoner',
    );
  });

  it('sets a surcharge, previews the split live to the cent, and saves it', async () => {
    const calls = renderEdit({}, { 'PATCH /assignments/a1': assignment({ version: 4 }) });
    await preview();
    expect(shareOf('Zwolle')).toBe('€\u00a065.000,00');

    await userEvent.selectOptions(screen.getByLabelText(KEY), 'surcharge');
    await userEvent.type(screen.getByLabelText('Toeslag (procent van de bijdrage)'), '12,5');
    const payers = screen.getByRole('group', { name: 'Wie betaalt de toeslag' });
    await userEvent.click(within(payers).getByLabelText('Zwolle'));
    await userEvent.click(within(payers).getByLabelText('Kampen'));

    // € 100.000: € 12.500 surcharge split 130:50 over Zwolle and Kampen, € 87.500 per inhabitant.
    expect(shareOf('Zwolle')).toBe('€\u00a065.902,78');
    expect(shareOf('Kampen')).toBe('€\u00a025.347,22');
    expect(shareOf('Dalfsen')).toBe('€\u00a08.750,00');
    expect(shareOf('Totaal')).toBe('€\u00a0100.000,00');
    expect(await preview()).toHaveTextContent(
      'Toeslag van 12,5% voor Kampen en Zwolle; de rest per inwoner',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Opdracht opslaan' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({
        contributionKey: {
          type: 'per_inhabitant',
          surcharge: { municipalityIds: ['m2', 'm1'], basisPoints: 1_250 },
        },
      }),
    );
  });

  it('keeps own percentages as typed, sums them as you go, and saves basis points', async () => {
    const calls = renderEdit({}, { 'PATCH /assignments/a1': assignment({ version: 4 }) });
    await preview();
    await userEvent.selectOptions(screen.getByLabelText(KEY), 'custom_percentages');
    await userEvent.type(screen.getByLabelText('Kampen (procent)'), '30,5');
    expect(screen.getByLabelText('Kampen (procent)')).toHaveValue('30,5');
    await userEvent.type(screen.getByLabelText('Zwolle (procent)'), '60');
    expect(screen.getByText(/^Samen 90,5%\. Koers verdeelt naar verhouding/)).toBeVisible();
    await userEvent.type(screen.getByLabelText('Dalfsen (procent)'), '9,5');
    expect(screen.getByText('Samen 100%.')).toBeVisible();
    expect(shareOf('Kampen')).toBe('€\u00a030.500,00');

    await userEvent.click(screen.getByRole('button', { name: 'Opdracht opslaan' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({
        contributionKey: {
          type: 'custom_percentages',
          basisPointsByMunicipality: { m1: 3_050, m2: 6_000, m3: 950 },
        },
      }),
    );
  });

  it('refuses a surcharge without a percentage or payers before sending', async () => {
    const calls = renderEdit({});
    await preview();
    await userEvent.selectOptions(screen.getByLabelText(KEY), 'surcharge');
    await userEvent.click(screen.getByRole('button', { name: 'Opdracht opslaan' }));

    const percent = screen.getByLabelText('Toeslag (procent van de bijdrage)');
    expect(percent).toHaveAttribute('aria-invalid', 'true');
    expect(percent).toHaveAccessibleDescription(expect.stringContaining('Vul een percentage in'));
    expect(
      screen.getByRole('group', { name: 'Wie betaalt de toeslag' }),
    ).toHaveAccessibleDescription('Kies minstens één gemeente die de toeslag betaalt.');
    expect(calls.filter((c) => c.method === 'PATCH')).toEqual([]);
  });

  it('shows the API’s field errors on the key at the field, naming the municipality', async () => {
    renderEdit(
      { contributionKey: { type: 'custom_percentages', basisPointsByMunicipality: { m1: 5_000 } } },
      {
        'PATCH /assignments/a1': {
          status: 400,
          body: {
            status: 400,
            code: 'VALIDATION_FAILED',
            detail: 'De invoer klopt niet.',
            errors: [
              {
                field: 'contributionKey.basisPointsByMunicipality.m1',
                message: 'is geen gemeente van deze regio',
              },
            ],
          },
        },
      },
    );
    await preview();
    await userEvent.click(screen.getByRole('button', { name: 'Opdracht opslaan' }));
    const kampen = screen.getByLabelText('Kampen (procent)');
    await waitFor(() => expect(kampen).toHaveAttribute('aria-invalid', 'true'));
    expect(kampen).toHaveAccessibleDescription('is geen gemeente van deze regio');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Verdeelsleutel voor de bijdrage van de gemeenten: Aandeel per gemeente (procent): Kampen: is geen gemeente van deze regio',
    );
  });
});
