import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bureau } from '../../features/assignments/test-fixtures';
import { mockApi } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

const URL = '/regio/r1/gemeenten/m1/inwoners?programma=p1';

const kampen = {
  id: 'm1',
  regionId: 'r1',
  name: 'Kampen',
  cbsCode: 'GM0166',
  province: 'Overijssel',
  population: 54_000,
  populationKnown: true,
  populationReferenceDate: '2024-01-01',
  populationSource: 'CBS',
  memberFrom: null,
  memberUntil: null,
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};

const history = (items: { referenceDate: string; population: number; source: string }[]) => ({
  municipalityId: 'm1',
  items: items.map((i) => ({ ...i, municipalityId: 'm1', createdAt: '2025-01-01T00:00:00Z' })),
});

const routes = {
  '/auth/me': bureau,
  '/municipalities/m1': kampen,
  '/municipalities/m1/populations': history([
    { referenceDate: '2024-01-01', population: 54_000, source: 'CBS StatLine 2024' },
  ]),
};

const form = () => screen.findByRole('button', { name: 'Inwonertal vastleggen' });

describe('the population page of a municipality', () => {
  it('shows the recorded figures with their date and source, and the way back', async () => {
    mockApi(routes);
    renderRoute(URL);
    const table = await screen.findByRole('table', { name: '1 vastgelegd inwonertal' });
    expect(within(table).getByRole('row', { name: /1 januari 2024/ })).toHaveTextContent(
      /54\.000.*CBS StatLine 2024/,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Inwonertal van Kampen');
    expect(screen.getByRole('link', { name: 'Terug naar het programma' })).toHaveAttribute(
      'href',
      '/programma/p1',
    );
  });

  it('lets the bureau record a population with its date and source', async () => {
    const calls = mockApi({
      ...routes,
      'POST /municipalities/m1/populations': {
        status: 201,
        body: { municipalityId: 'm1', referenceDate: '2026-01-01', population: 54_412 },
      },
    });
    renderRoute(URL);
    await form();
    await userEvent.type(screen.getByLabelText('Peildatum'), '2026-01-01');
    await userEvent.type(screen.getByLabelText('Inwonertal'), '54.412');
    await userEvent.type(screen.getByLabelText('Bron'), 'CBS StatLine, 1 januari 2026');
    await userEvent.click(await form());

    expect(
      await screen.findByText('Het inwonertal van Kampen is vastgelegd: 54.412 op 1 januari 2026.'),
    ).toBeVisible();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      referenceDate: '2026-01-01',
      population: 54_412,
      source: 'CBS StatLine, 1 januari 2026',
    });
    expect(screen.getByLabelText('Inwonertal')).toHaveValue('');
    // The history is read again, so the new figure shows.
    await waitFor(() =>
      expect(
        calls.filter((c) => c.method === 'GET' && c.path === '/municipalities/m1/populations'),
      ).toHaveLength(2),
    );
  });

  it('says what is missing at each field without calling the API', async () => {
    const calls = mockApi(routes);
    renderRoute(URL);
    await userEvent.type(await screen.findByLabelText('Inwonertal'), '54,5');
    await userEvent.click(await form());
    expect(await screen.findByRole('alert')).toHaveTextContent('Controleer 3 velden');
    expect(screen.getByLabelText('Inwonertal')).toHaveAccessibleDescription(
      expect.stringContaining('Vul een heel aantal inwoners in'),
    );
    expect(screen.getByLabelText('Bron')).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('shows the API’s refusal at the field it names', async () => {
    mockApi({
      ...routes,
      'POST /municipalities/m1/populations': {
        status: 409,
        body: {
          status: 409,
          code: 'POPULATION_EXISTS',
          detail: 'Voor 1 januari 2024 is al een inwonertal vastgelegd.',
        },
      },
    });
    renderRoute(URL);
    await userEvent.type(await screen.findByLabelText('Peildatum'), '2024-01-01');
    await userEvent.type(screen.getByLabelText('Inwonertal'), '54000');
    await userEvent.type(screen.getByLabelText('Bron'), 'CBS');
    await userEvent.click(await form());
    const date = screen.getByLabelText('Peildatum');
    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    expect(date).toHaveAccessibleDescription(
      'Voor 1 januari 2024 is al een inwonertal vastgelegd.',
    );
  });

  it('shows no form to someone who may only read', async () => {
    mockApi({
      ...routes,
      '/auth/me': { ...bureau, roles: [{ ...bureau.roles[0], role: 'observer' }] },
    });
    renderRoute(URL);
    await screen.findByRole('table', { name: '1 vastgelegd inwonertal' });
    expect(screen.queryByRole('button', { name: 'Inwonertal vastleggen' })).toBeNull();
  });
});
