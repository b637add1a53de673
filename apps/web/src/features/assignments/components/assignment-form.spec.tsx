import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, page } from '../../../test/mock-api';
import { assignment, regionRoutes, summary } from '../test-fixtures';
import { renderRoute } from '../../../test/render-route';

// The whole form renders on every keystroke; typing through it takes a few seconds in jsdom.
jest.setTimeout(30_000);

const formReady = () =>
  screen.findByRole('button', { name: 'Opdracht opslaan' }, { timeout: 5_000 });

function renderAt(url: string) {
  return renderRoute(url);
}

const routesForNew = {
  ...regionRoutes,
  '/programmes/p1/assignments': page([]),
};
const routesForEdit = {
  ...routesForNew,
  '/assignments/a1': assignment(),
  '/assignments/a1/steering-group': { assignmentId: 'a1', members: [], commitments: [] },
};

async function fillRequired() {
  await formReady();
  await userEvent.selectOptions(screen.getByLabelText('Opgave'), 'Bereikbaarheid');
  await userEvent.type(screen.getByLabelText('Code'), 'MOB-03');
  await userEvent.type(screen.getByLabelText('Titel'), 'Deelmobiliteit');
}

describe('the assignment form', () => {
  it('says which required fields are missing, at the field, without calling the API', async () => {
    const calls = mockApi(routesForNew);
    renderAt('/programma/p1/opdracht/nieuw');
    await userEvent.click(await formReady());

    expect(await screen.findByRole('alert')).toHaveTextContent('Controleer 3 velden');
    for (const label of ['Opgave', 'Code', 'Titel']) {
      const input = screen.getByLabelText(label);
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input).toHaveAccessibleDescription(expect.stringContaining('Vul dit in.'));
    }
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('reads euros as exact cents, saves, and announces it on the workspace', async () => {
    const calls = mockApi({
      ...routesForNew,
      'POST /programmes/p1/assignments': {
        status: 201,
        body: assignment({ id: 'a9', code: 'MOB-03', title: 'Deelmobiliteit' }),
      },
    });
    const router = renderAt('/programma/p1/opdracht/nieuw');
    await fillRequired();
    await userEvent.click(screen.getByRole('button', { name: 'Begrotingsregel toevoegen' }));
    await userEvent.type(screen.getByLabelText('Begrotingsregel 1: bedrag (euro)'), '1.234,56');
    await userEvent.click(screen.getByRole('button', { name: 'Resultaat toevoegen' }));
    await userEvent.type(screen.getByLabelText('Resultaat 1'), 'Hubs geopend');
    await userEvent.click(screen.getByRole('button', { name: 'Opdracht opslaan' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/programma/p1'));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({
      themeId: 't1',
      code: 'MOB-03',
      title: 'Deelmobiliteit',
      results: ['Hubs geopend'],
      budgetLines: [
        { fundingSource: 'member_contribution', year: 2026, amountCents: 123_456, sourceName: '' },
      ],
    });
    const announcement = await screen.findByText('Opdracht MOB-03 “Deelmobiliteit” is opgeslagen.');
    expect(announcement.closest('[role="status"]')).not.toBeNull();
  });

  it('refuses an amount with more than two decimals before sending', async () => {
    const calls = mockApi(routesForNew);
    renderAt('/programma/p1/opdracht/nieuw');
    await fillRequired();
    await userEvent.click(screen.getByRole('button', { name: 'Begrotingsregel toevoegen' }));
    const amount = screen.getByLabelText('Begrotingsregel 1: bedrag (euro)');
    await userEvent.type(amount, '10,005');
    await userEvent.click(screen.getByRole('button', { name: 'Opdracht opslaan' }));
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveAccessibleDescription(expect.stringContaining('hoogstens twee cijfers'));
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('places the API’s field errors at the field they belong to', async () => {
    mockApi({
      ...routesForNew,
      'POST /programmes/p1/assignments': {
        status: 400,
        body: {
          status: 400,
          code: 'VALIDATION_FAILED',
          detail: 'De invoer klopt niet.',
          errors: [
            { field: 'budgetLines.1.amountCents', message: 'is te groot' },
            { field: 'code', message: 'is al te lang' },
          ],
        },
      },
    });
    renderAt('/programma/p1/opdracht/nieuw');
    await fillRequired();
    await userEvent.click(screen.getByRole('button', { name: 'Begrotingsregel toevoegen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Begrotingsregel toevoegen' }));
    await userEvent.type(screen.getByLabelText('Begrotingsregel 1: bedrag (euro)'), '5');
    await userEvent.type(screen.getByLabelText('Begrotingsregel 2: bedrag (euro)'), '99999');
    await userEvent.click(screen.getByRole('button', { name: 'Opdracht opslaan' }));

    const second = screen.getByLabelText('Begrotingsregel 2: bedrag (euro)');
    await waitFor(() => expect(second).toHaveAttribute('aria-invalid', 'true'));
    expect(second).toHaveAccessibleDescription(expect.stringContaining('is te groot'));
    expect(screen.getByLabelText('Begrotingsregel 1: bedrag (euro)')).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByLabelText('Code')).toHaveAccessibleDescription(
      expect.stringContaining('is al te lang'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Begroting 2: bedrag (euro): is te groot');
  });

  it('on a stale version shows what someone else changed, keeps the typed input, and can save over it', async () => {
    mockApi(routesForEdit);
    renderAt('/opdracht/a1/bewerken');
    await formReady();
    const goal = screen.getByLabelText('Doel: wat willen we bereiken?');
    await userEvent.clear(goal);
    await userEvent.type(goal, 'Twee keer zoveel fietsers');

    const calls = mockApi({
      ...routesForEdit,
      '/assignments/a1': assignment({ version: 4, title: 'Snelfietsroutes', priority: 1 }),
      'PATCH /assignments/a1': {
        status: 409,
        body: { status: 409, code: 'ASSIGNMENT_VERSION_CONFLICT', detail: 'Iemand anders…' },
      },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Opdracht opslaan' }));

    const conflict = await screen.findByRole('alert');
    expect(conflict).toHaveTextContent('Iemand anders heeft deze opdracht intussen gewijzigd');
    expect(within(conflict).getByText('Titel')).toBeVisible();
    expect(within(conflict).getByText('Prioriteit')).toBeVisible();
    expect(within(conflict).queryByText(/Doel/)).toBeNull();
    expect(goal).toHaveValue('Twee keer zoveel fietsers');

    const retry = mockApi({
      ...routesForEdit,
      'PATCH /assignments/a1': assignment({ version: 5 }),
    });
    await userEvent.click(
      screen.getByRole('button', { name: 'Mijn versie houden en opnieuw opslaan' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Opdracht opslaan' }));
    await waitFor(() =>
      expect(retry.find((c) => c.method === 'PATCH')?.body).toMatchObject({
        version: 4,
        goal: 'Twee keer zoveel fietsers',
      }),
    );
    expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({ version: 3 });
  });

  it('explains that a programme that left draft can no longer change', async () => {
    mockApi({
      ...routesForEdit,
      'PATCH /assignments/a1': {
        status: 409,
        body: {
          status: 409,
          code: 'PROGRAMME_NOT_DRAFT',
          detail: 'Het programma is geen concept meer.',
        },
      },
    });
    renderAt('/opdracht/a1/bewerken');
    const title = await screen.findByLabelText('Titel');
    await userEvent.type(title, ' (nieuw)');
    await userEvent.click(screen.getByRole('button', { name: 'Opdracht opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'het programma is intussen geen concept meer',
    );
    expect(title).toHaveValue('Snelfietspaden (nieuw)');
  });

  it('asks before leaving with unsaved changes', async () => {
    mockApi({
      ...routesForEdit,
      '/programmes/p1/assignments': page([
        summary({ id: 'a1', code: 'MOB-01', title: 'Snelfietspaden' }),
      ]),
    });
    const router = renderAt('/opdracht/a1/bewerken');
    await userEvent.type(await screen.findByLabelText('Titel'), '!');
    await userEvent.click(
      screen.getByRole('link', { name: 'Annuleren en terug naar het programma' }),
    );
    expect(await screen.findByRole('alertdialog')).toHaveTextContent('nog niet zijn opgeslagen');
    expect(router.state.location.pathname).toBe('/opdracht/a1/bewerken');
    await userEvent.click(screen.getByRole('button', { name: 'Blijven en verder werken' }));
    expect(screen.getByLabelText('Titel')).toHaveValue('Snelfietspaden!');
  });
});

describe('the assignment form in parts', () => {
  it('has a heading per part and a table of contents linking to each', async () => {
    mockApi(routesForNew);
    renderAt('/programma/p1/opdracht/nieuw');
    await formReady();
    const contents = screen.getByRole('navigation', { name: 'Onderdelen' });
    const links = within(contents).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Opdracht en doel',
      'Resultaten, indicatoren en risico’s',
      'Geld en capaciteit',
      'Mandaat',
      'Mensen en deelnemende gemeenten',
      'Verdeling over de gemeenten',
      'Samenhang met andere opdrachten en programma’s',
    ]);
    for (const link of links) {
      const target = document.getElementById(link.getAttribute('href')?.slice(1) ?? '');
      expect(within(target as HTMLElement).getByRole('heading', { level: 2 })).toHaveTextContent(
        link.textContent ?? '',
      );
    }
  });

  it('keeps what was typed when the bureau leaves the form and comes back, until it is saved or dropped', async () => {
    mockApi(routesForNew);
    renderAt('/programma/p1/opdracht/nieuw');
    await fillRequired();
    cleanup(); // the tab stays, the form is gone (another page, or a reload)

    mockApi(routesForNew);
    renderAt('/programma/p1/opdracht/nieuw');
    await formReady();
    expect(screen.getByLabelText('Titel')).toHaveValue('Deelmobiliteit');
    expect(screen.getByText(/Je ziet wat je eerder in dit formulier typte/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Begin opnieuw' }));
    expect(screen.getByLabelText('Titel')).toHaveValue('');
  });
});
