import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, page } from '../../../test/mock-api';
import { renderRoute } from '../../../test/render-route';
import { assignment, regionRoutes } from '../test-fixtures';

// The whole form renders on every keystroke; typing through it takes a few seconds in jsdom.
jest.setTimeout(30_000);

const memberLine = {
  fundingSource: 'member_contribution' as const,
  sourceName: '',
  year: 2026,
  amountCents: 90_000_00,
  payers: null,
  payerSplit: null,
  needsPayers: false,
};
const legacyExtra = {
  fundingSource: 'extra_member_contribution' as const,
  sourceName: 'Kampen en Dalfsen',
  year: 2026,
  amountCents: 1_000_00,
  payers: null,
  payerSplit: null,
  needsPayers: true,
};

function renderEdit(budgetLines: unknown[]) {
  const calls = mockApi({
    ...regionRoutes,
    '/programmes/p1/assignments': page([]),
    '/assignments/a1': assignment({ budgetLines } as never),
    '/assignments/a1/steering-group': { assignmentId: 'a1', members: [], commitments: [] },
    'PATCH /assignments/a1': assignment({ version: 4 }),
  });
  renderRoute('/opdracht/a1/bewerken');
  return calls;
}

const formReady = () =>
  screen.findByRole('button', { name: 'Opdracht opslaan' }, { timeout: 5_000 });

describe('the payers of an extra contribution', () => {
  it('warn about an existing extra line without payers, and let the bureau name them', async () => {
    const calls = renderEdit([memberLine, legacyExtra]);
    await formReady();
    expect(
      screen.getByText(/Deze extra bijdrage noemt nog niet welke gemeenten haar betalen/),
    ).toBeVisible();

    const who = screen.getByRole('group', {
      name: 'Begrotingsregel 2: welke gemeenten betalen deze extra bijdrage?',
    });
    await userEvent.click(within(who).getByLabelText('Dalfsen'));
    await userEvent.click(within(who).getByLabelText('Kampen'));
    await userEvent.click(screen.getByLabelText('In gelijke delen'));
    expect(screen.queryByText(/noemt nog niet welke gemeenten/)).toBeNull();

    // The preview splits the extra line over Kampen and Dalfsen only.
    const table = screen.getByRole('table', { name: /Bijdrage van 3 gemeenten/ });
    expect(within(table).getByRole('row', { name: /Zwolle/ })).toHaveTextContent(
      /€\s0,00€\s58\.500,00$/,
    );
    expect(within(table).getByRole('row', { name: /Kampen/ })).toHaveTextContent(
      /€\s500,00€\s23\.000,00$/,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Opdracht opslaan' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({
        budgetLines: [
          { fundingSource: 'member_contribution', amountCents: 90_000_00 },
          {
            fundingSource: 'extra_member_contribution',
            amountCents: 1_000_00,
            payerSplit: 'equal',
            // In the region's order, whatever order they were ticked in.
            payers: [
              { municipalityId: 'm1', amountCents: null },
              { municipalityId: 'm3', amountCents: null },
            ],
          },
        ],
      }),
    );
    const sent = calls.find((c) => c.method === 'PATCH')?.body as { budgetLines: object[] };
    expect(sent.budgetLines[0]).not.toHaveProperty('payers');
  });

  it('keeps a running sum of fixed amounts and refuses a sum that is not the line', async () => {
    const calls = renderEdit([memberLine, { ...legacyExtra, needsPayers: false }]);
    await formReady();
    const who = screen.getByRole('group', { name: /Begrotingsregel 2: welke gemeenten/ });
    await userEvent.click(within(who).getByLabelText('Kampen'));
    await userEvent.click(within(who).getByLabelText('Dalfsen'));
    await userEvent.click(screen.getByLabelText('Vaste bedragen per gemeente'));
    await userEvent.type(
      screen.getByLabelText('Begrotingsregel 2: bedrag van Kampen (euro)'),
      '600',
    );
    expect(
      screen.getByText('Samen € 600,00 van € 1.000,00: er is nog € 400,00 te verdelen.'),
    ).toBeVisible();
    await userEvent.type(
      screen.getByLabelText('Begrotingsregel 2: bedrag van Dalfsen (euro)'),
      '300',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Opdracht opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'De vaste bedragen tellen niet op tot het bedrag van de regel.',
    );
    expect(calls.filter((c) => c.method === 'PATCH')).toEqual([]);

    const dalfsen = screen.getByLabelText('Begrotingsregel 2: bedrag van Dalfsen (euro)');
    await userEvent.clear(dalfsen);
    await userEvent.type(dalfsen, '400');
    expect(screen.getByText('Samen € 1.000,00: precies het bedrag van de regel.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Opdracht opslaan' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({
        budgetLines: [
          {},
          {
            payerSplit: 'fixed_amounts',
            payers: [
              { municipalityId: 'm1', amountCents: 600_00 },
              { municipalityId: 'm3', amountCents: 400_00 },
            ],
          },
        ],
      }),
    );
  });

  it('shows the API’s refusal of one payer at the line’s payers', async () => {
    renderEdit([memberLine, legacyExtra]);
    await formReady();
    const who = screen.getByRole('group', { name: /Begrotingsregel 2: welke gemeenten/ });
    await userEvent.click(within(who).getByLabelText('Kampen'));
    await userEvent.click(screen.getByLabelText('Naar inwonertal'));
    mockApi({
      ...regionRoutes,
      'PATCH /assignments/a1': {
        status: 400,
        body: {
          status: 400,
          code: 'VALIDATION_FAILED',
          detail: 'De invoer klopt niet.',
          errors: [
            {
              field: 'budgetLines.1.payers.0.municipalityId',
              message: 'is geen gemeente van deze regio',
            },
          ],
        },
      },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Opdracht opslaan' }));
    await waitFor(() => expect(who).toHaveAccessibleDescription('is geen gemeente van deze regio'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Begroting 2: betalers: is geen gemeente van deze regio',
    );
  });
});
