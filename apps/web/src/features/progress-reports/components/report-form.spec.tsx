import type {
  AssignmentProgressResponse,
  ProgressReportResponse,
  ReportingPeriodResponse,
} from '@koers/contracts';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppProviders } from '../../../app/providers';
import { mockApi } from '../../../test/mock-api';
import { ReportForm } from './report-form';

// The whole form renders on every keystroke; typing through it takes a few seconds in jsdom.
jest.setTimeout(30_000);

const period: ReportingPeriodResponse = {
  id: 'q2',
  programmeId: 'p1',
  position: 2,
  kind: 'najaar',
  title: 'Najaarsrapportage 2025',
  dataUntil: '2025-08-31',
  dueOn: '2025-09-30',
  state: 'overdue',
};

const progress = (periods: AssignmentProgressResponse['periods'] = []) =>
  ({
    assignmentId: 'a1',
    programmeId: 'p1',
    programmeYear: 2025,
    code: 'MRE-2025-02',
    title: 'Regionale monitor woningbouwprogrammering',
    regionId: 'r1',
    mayWrite: true,
    mayReview: false,
    budgetLines: [
      {
        id: 'b1',
        fundingSource: 'member_contribution',
        sourceName: 'inwonerbijdrage',
        year: 2025,
        amountCents: 100_000_00,
      },
    ],
    capacityLines: [],
    kpis: [{ id: 'k1', name: 'Gemeenten aangesloten', unit: '', baseline: '14', target: '21' }],
    periods,
  }) satisfies AssignmentProgressResponse;

const stored = (over: Partial<ProgressReportResponse> = {}): ProgressReportResponse => ({
  id: 'r1',
  programmeId: 'p1',
  assignmentId: 'a1',
  periodId: 'q2',
  periodTitle: period.title,
  state: 'draft',
  course: 'op_koers',
  courseExplanation: '',
  delivered: 'Monitor gevuld.',
  reviewComment: null,
  submittedAt: null,
  submittedBy: null,
  reviewedAt: null,
  reviewedBy: null,
  createdBy: 'Demo portefeuillehouder',
  version: 3,
  createdAt: '2025-09-01T10:00:00.000Z',
  updatedAt: '2025-09-01T10:00:00.000Z',
  milestones: [],
  money: [],
  capacity: [],
  kpiValues: [],
  risks: [],
  ...over,
});

function renderForm(report: ProgressReportResponse | null = null) {
  const onDone = jest.fn();
  render(
    <AppProviders>
      <ReportForm progress={progress()} period={period} report={report} onDone={onDone} />
    </AppProviders>,
  );
  return onDone;
}

const save = () => userEvent.click(screen.getByRole('button', { name: 'Opslaan als concept' }));
const writes = (calls: ReturnType<typeof mockApi>) =>
  calls.filter((c) => c.method === 'POST' || c.method === 'PUT');

describe('the progress report form', () => {
  it('asks why when the assignment is not on course, at the field, before sending', async () => {
    const calls = mockApi({});
    renderForm();
    const explanation = screen.getByLabelText('Toelichting', { exact: false });
    expect(explanation).not.toBeRequired();

    await userEvent.selectOptions(
      screen.getByLabelText('Hoe staat de opdracht ervoor?'),
      'aandacht_nodig',
    );
    expect(explanation).toBeRequired();
    await save();

    expect(explanation).toHaveAttribute('aria-invalid', 'true');
    expect(explanation).toHaveAccessibleDescription(
      expect.stringContaining('Leg uit waarom de opdracht niet op koers is.'),
    );
    const summary = screen.getByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: 'Toelichting: Leg uit waarom de opdracht niet op koers is.',
      }),
    ).toHaveAttribute('href', `#${explanation.id}`);
    expect(writes(calls)).toEqual([]);
  });

  it('asks for a reason when more is spent than budgeted, and sends it once given', async () => {
    const calls = mockApi({
      'POST /assignments/a1/progress-reports': { status: 201, body: stored() },
    });
    const onDone = renderForm();
    expect(screen.queryByLabelText(/^Toelichting op de overschrijding/)).toBeNull();

    await userEvent.type(
      screen.getByLabelText(/^Uitgegeven \(€\) — inwonerbijdrage/),
      '100.000,01',
    );
    const reason = screen.getByLabelText(/^Toelichting op de overschrijding — inwonerbijdrage/);
    expect(reason).toBeRequired();
    expect(screen.getByText('Resterend: € -0,01')).toBeInTheDocument();
    await save();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(
      expect.stringContaining('Leg uit waarom er meer is uitgegeven dan begroot.'),
    );
    expect(writes(calls)).toEqual([]);
    // The form moves the focus to its error summary a frame later; under load that frame can come
    // while the next field is being typed in. Wait for it, as a user would see it happen.
    await waitFor(() => expect(document.activeElement).toContainElement(screen.getByRole('alert')));

    await userEvent.type(reason, 'Meerwerk na onderzoek.');
    await save();
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(writes(calls)[0].body).toMatchObject({
      periodId: 'q2',
      money: [
        {
          budgetLineId: 'b1',
          committedCents: 0,
          spentCents: 10_000_001,
          explanation: 'Meerwerk na onderzoek.',
        },
      ],
    });
  });

  it('puts a field error of the API at its field, named as the form names it', async () => {
    mockApi({
      'POST /assignments/a1/progress-reports': {
        status: 400,
        body: {
          status: 400,
          title: 'Ongeldige invoer',
          errors: [{ field: 'kpiValues.0.measuredOn', message: 'ligt na de peildatum' }],
        },
      },
    });
    const onDone = renderForm();
    await userEvent.type(screen.getByLabelText(/^Gemeenten aangesloten: meting/), '19');
    const date = screen.getByLabelText('Datum van de meting — Gemeenten aangesloten');
    await userEvent.type(date, '2025-09-15');
    await save();

    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    expect(date).toHaveAccessibleDescription(expect.stringContaining('ligt na de peildatum'));
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Datum van de meting — Gemeenten aangesloten: ligt na de peildatum',
      }),
    ).toHaveAttribute('href', `#${date.id}`);
    expect(date).toHaveValue('2025-09-15');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('keeps what was typed on a 409 and saves it over the newer version when asked', async () => {
    const theirs = stored({ version: 4, delivered: 'Hun tekst.' });
    const calls = mockApi({
      'PUT /assignments/a1/progress-reports/r1': {
        status: 409,
        body: { status: 409, title: 'Conflict', code: 'VERSION_CONFLICT' },
      },
      '/assignments/a1/progress-reports': progress([{ period, report: theirs }]),
    });
    const onDone = renderForm(stored());
    const delivered = screen.getByLabelText('Wat is er opgeleverd?');
    await userEvent.clear(delivered);
    await userEvent.type(delivered, 'Mijn tekst.');
    await save();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Iemand anders heeft deze rapportage intussen gewijzigd');
    expect(alert).toHaveTextContent('Je wijzigingen staan nog in het formulier.');
    expect(delivered).toHaveValue('Mijn tekst.');
    expect(onDone).not.toHaveBeenCalled();
    expect(writes(calls).map((c) => (c.body as { version: number }).version)).toEqual([3]);

    await userEvent.click(within(alert).getByRole('button', { name: 'Mijn wijzigingen houden' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await save();
    await waitFor(() => expect(writes(calls)).toHaveLength(2));
    expect(writes(calls)[1].body).toMatchObject({ version: 4, delivered: 'Mijn tekst.' });
  });

  it('loads the newer version into the form on a 409 when asked', async () => {
    mockApi({
      'PUT /assignments/a1/progress-reports/r1': {
        status: 409,
        body: { status: 409, title: 'Conflict', code: 'VERSION_CONFLICT' },
      },
      '/assignments/a1/progress-reports': progress([
        { period, report: stored({ version: 4, delivered: 'Hun tekst.' }) },
      ]),
    });
    renderForm(stored());
    const delivered = screen.getByLabelText('Wat is er opgeleverd?');
    await userEvent.type(delivered, ' En meer.');
    await save();
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuwste versie laden' }));
    expect(delivered).toHaveValue('Hun tekst.');
  });
});
