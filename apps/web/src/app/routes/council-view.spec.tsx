import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

const clerkOf = (municipalityId: string, municipalityName: string) => ({
  user: { id: 'u9', email: 'council@koers.demo', name: 'Griffie', isPlatformAdmin: false },
  roles: [
    {
      regionId: 'r1',
      regionName: 'Metropoolregio Eindhoven',
      role: 'council',
      municipalityId,
      municipalityName,
      personId: null,
    },
  ],
  csrfToken: 'csrf',
});
const programme = { id: 'p1', regionId: 'r1', title: 'Werkprogramma 2027', status: 'consultation' };
const decision = {
  id: 'd1',
  programmeId: 'p1',
  round: 1,
  currentRound: 1,
  rounds: [1],
  municipality: { id: 'best', name: 'Best', cbsCode: 'GM0753' },
  status: 'pending',
  responded: false,
  councilMeetingDate: null,
  decisionDate: null,
  decisionReference: '',
  decisionUrl: null,
  declinedAssignments: [],
  viewPointCount: 0,
  unansweredViewPointCount: 0,
  deadline: '2026-08-14',
  deadlineState: 'on_time',
  version: 3,
  updatedAt: '2026-06-01T00:00:00Z',
  viewPoints: [],
};
const assignment = (id: string, code: string, title: string, cents: number) => ({
  id,
  code,
  title,
  participation: 'all',
  takesPart: true,
  portfolioHolder: { id: 'h1', name: 'Wethouder De Vries' },
  lead: null,
  contributionCents: cents,
});
const summary = {
  programmeId: 'p1',
  programmeTitle: 'Werkprogramma 2027',
  year: 2027,
  programmeStatus: 'consultation',
  municipality: { id: 'best', name: 'Best', cbsCode: 'GM0753', population: 30_000 },
  contribution: {
    municipalityId: 'best',
    name: 'Best',
    cbsCode: 'GM0753',
    population: 30_000,
    totalCents: 12_345_678,
    byAssignment: [],
    perInhabitantCents: 411.52,
    previousYearTotalCents: 12_000_000,
    differenceCents: 345_678,
  },
  assignments: [
    assignment('a1', 'A1', 'Brainport', 10_000_000),
    assignment('a2', 'A2', 'Woningbouw', 2_345_678),
  ],
  councilDecision: decision,
};

function renderCouncilView(municipalityId = 'best') {
  renderRoute(`/programma/p1/gemeente/${municipalityId}`);
}

describe('the council view', () => {
  it('shows what the municipality pays, for what, and asks the view points a view needs', async () => {
    const calls = mockApi({
      '/auth/me': clerkOf('best', 'Best'),
      '/programmes/p1': programme,
      '/programmes/p1/municipalities/best/summary': summary,
      'PUT /programmes/p1/council-decisions/best': {
        status: 400,
        body: {
          status: 400,
          code: 'VALIDATION_FAILED',
          detail: 'Ongeldig',
          errors: [
            {
              field: 'decisionDate',
              message:
                'mag niet vóór 2026-05-22 liggen, de dag waarop het programma aan de raden is gestuurd',
            },
          ],
        },
      },
    });
    renderCouncilView();
    expect(
      await screen.findByText('Wat betaalt onze gemeente, waarvoor, en wat hebben wij besloten?'),
    ).toBeVisible();
    expect(screen.getByText('€ 123.456,78')).toBeVisible();
    expect(screen.getByText('€ 4,12')).toBeVisible();
    expect(screen.getByText('+ € 3.456,78')).toBeVisible();
    const assignments = screen.getByRole('table', { name: /Opdrachten en wat onze gemeente/ });
    expect(within(assignments).getByRole('row', { name: /A1 Brainport/ })).toHaveTextContent(
      'Wethouder De Vries',
    );

    const form = await screen.findByRole('region', { name: 'Besluit en zienswijze vastleggen' });
    await userEvent.selectOptions(
      within(form).getByLabelText(/Besluit van de raad/),
      'agreed_with_view',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Besluit opslaan' }));
    expect(within(form).getByText('Vul de besluitdatum in.')).toBeVisible();
    expect(within(form).getByText('Voeg minstens één punt van de zienswijze toe.')).toBeVisible();
    expect(within(form).getByLabelText('Besluitdatum *')).toHaveFocus();
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });

  it('shows the API’s refusal at the field it is about, keeping what was typed', async () => {
    const calls = mockApi({
      '/auth/me': clerkOf('best', 'Best'),
      '/programmes/p1': programme,
      '/programmes/p1/municipalities/best/summary': summary,
      'PUT /programmes/p1/council-decisions/best': {
        status: 400,
        body: {
          status: 400,
          code: 'VALIDATION_FAILED',
          detail: 'Ongeldig',
          errors: [
            {
              field: 'decisionDate',
              message:
                'mag niet vóór 2026-05-22 liggen, de dag waarop het programma aan de raden is gestuurd',
            },
          ],
        },
      },
    });
    renderCouncilView();
    const form = await screen.findByRole('region', { name: 'Besluit en zienswijze vastleggen' });
    await userEvent.selectOptions(
      within(form).getByLabelText(/Besluit van de raad/),
      'agreed_with_view',
    );
    fireEvent.change(within(form).getByLabelText('Besluitdatum *'), {
      target: { value: '2026-05-01' },
    });
    await userEvent.click(within(form).getByRole('button', { name: 'Punt toevoegen' }));
    fireEvent.change(within(form).getByLabelText('Tekst van punt 1'), {
      target: { value: 'Best betaalt niet mee.' },
    });
    await userEvent.selectOptions(
      within(form).getByLabelText('Gaat punt 1 over een opdracht?'),
      'a1',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Besluit opslaan' }));

    // The API's refusal is shown at the field it is about.
    const date = within(form).getByLabelText('Besluitdatum *');
    expect(await within(form).findByText(/mag niet vóór 2026-05-22 liggen/)).toBeVisible();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(/mag niet vóór 2026-05-22 liggen/);
    expect(within(form).getByLabelText('Tekst van punt 1')).toHaveValue('Best betaalt niet mee.');
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      status: 'agreed_with_view',
      councilMeetingDate: null,
      decisionDate: '2026-05-01',
      decisionReference: '',
      decisionUrl: null,
      declinedAssignmentIds: [],
      viewPoints: [{ number: 1, text: 'Best betaalt niet mee.', assignmentId: 'a1' }],
      version: 3,
    });
  });

  it('asks which assignments a partly agreeing council declines', async () => {
    const calls = mockApi({
      '/auth/me': clerkOf('best', 'Best'),
      '/programmes/p1': programme,
      '/programmes/p1/municipalities/best/summary': summary,
      'PUT /programmes/p1/council-decisions/best': {
        ...decision,
        status: 'partial',
        decisionDate: '2026-06-30',
        declinedAssignments: [{ id: 'a1', code: 'A1', title: 'Brainport' }],
        version: 4,
      },
    });
    renderCouncilView();
    const form = await screen.findByRole('region', { name: 'Besluit en zienswijze vastleggen' });
    await userEvent.selectOptions(within(form).getByLabelText(/Besluit van de raad/), 'partial');
    fireEvent.change(within(form).getByLabelText('Besluitdatum *'), {
      target: { value: '2026-06-30' },
    });
    await userEvent.click(within(form).getByRole('button', { name: 'Besluit opslaan' }));
    const group = within(form).getByRole('group', { name: /Welke opdrachten wijst de raad af/ });
    expect(
      within(group).getByText('Kies minstens één opdracht die de raad afwijst.'),
    ).toBeVisible();

    // Declining every assignment is a rejection: the same rule as the API's, before sending.
    await userEvent.click(within(group).getByLabelText('A1 Brainport'));
    await userEvent.click(within(group).getByLabelText('A2 Woningbouw'));
    await userEvent.click(within(form).getByRole('button', { name: 'Besluit opslaan' }));
    expect(
      within(group).getByText(
        'De raad wijst niet alle opdrachten af: kies dan de status “Afgewezen”.',
      ),
    ).toBeVisible();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await userEvent.click(within(group).getByLabelText('A2 Woningbouw'));
    await userEvent.click(within(form).getByRole('button', { name: 'Besluit opslaan' }));
    expect(await screen.findByText('Het besluit van de raad is opgeslagen.')).toBeVisible();
    expect(calls.find((c) => c.method === 'PUT')?.body).toMatchObject({
      status: 'partial',
      declinedAssignmentIds: ['a1'],
      viewPoints: [],
    });
  });

  it('shows another municipality’s page read-only to a council clerk, without the form', async () => {
    mockApi({
      '/auth/me': clerkOf('eindhoven', 'Eindhoven'),
      '/programmes/p1': programme,
      '/programmes/p1/municipalities/best/summary': summary,
    });
    renderCouncilView();
    expect(
      await screen.findByText(
        /Je kunt alleen het besluit van je eigen gemeente \(Eindhoven\) vastleggen\. Dit is de pagina van Best/,
      ),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Onze gemeente: Eindhoven' })).toHaveAttribute(
      'href',
      '/programma/p1/gemeente/eindhoven',
    );
    expect(screen.getByText('€ 123.456,78')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Besluit opslaan' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/Besluit van de raad/)).not.toBeInTheDocument();
  });

  it('links the council’s decisions and views of earlier rounds, kept as history', async () => {
    mockApi({
      '/auth/me': clerkOf('best', 'Best'),
      '/programmes/p1': programme,
      '/programmes/p1/municipalities/best/summary': {
        ...summary,
        councilDecision: { ...decision, round: 2, currentRound: 2, rounds: [1, 2] },
      },
    });
    renderCouncilView();
    const earlier = await screen.findByRole('region', { name: 'Eerdere rondes' });
    expect(
      within(earlier).getByRole('link', {
        name: 'Ronde 1: besluit en zienswijze van de raad',
      }),
    ).toHaveAttribute('href', '/programma/p1/raden/best?ronde=1');
    expect(within(earlier).queryByRole('link', { name: /Ronde 2/ })).not.toBeInTheDocument();
    expect(screen.getByText('Ronde 2 (huidige)')).toBeVisible();
  });

  it('has no earlier rounds section for a programme sent once', async () => {
    mockApi({
      '/auth/me': clerkOf('best', 'Best'),
      '/programmes/p1': programme,
      '/programmes/p1/municipalities/best/summary': summary,
    });
    renderCouncilView();
    await screen.findByRole('region', { name: 'Besluit en zienswijze vastleggen' });
    expect(screen.queryByRole('region', { name: 'Eerdere rondes' })).not.toBeInTheDocument();
  });
});
