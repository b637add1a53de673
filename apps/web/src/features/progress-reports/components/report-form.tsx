import type {
  AssignmentProgressResponse,
  ProgressReportResponse,
  ReportingPeriodResponse,
} from '@koers/contracts';
import { PROGRESS_COURSES } from '@koers/contracts';
import { explanationRequired } from '@koers/domain';
import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../components/forms/conflict-alert';
import { FieldIdPrefix, fieldIdFor } from '../../../components/forms/field-id';
import { SelectField, TextAreaField } from '../../../components/forms/fields';
import { FormSummary } from '../../../components/forms/form-summary';
import { ApiError } from '../../../lib/api-client';
import { fieldErrorsFromProblem } from '../../../lib/field-errors';
import { getAssignmentProgress } from '../api/get-assignment-progress';
import { useSaveProgressReport } from '../api/save-progress-report';
import { reportFieldLabel } from '../lib/report-field-labels';
import { contentOf, formStateOf, type ReportFormState } from '../lib/report-form-state';
import { LineFields } from './line-fields';
import { ListFields } from './list-fields';

const PREFIX = 'report';

/**
 * The whole report of one period in one form: status, narrative, money per budget line, capacity,
 * KPI measurements, milestones and risks. Saved as one request (all lines or none). When someone
 * else saved the report first (409), what was typed stays and the writer chooses: load theirs, or
 * keep this one and save it over theirs.
 */
export function ReportForm(props: {
  progress: AssignmentProgressResponse;
  period: ReportingPeriodResponse;
  report: ProgressReportResponse | null;
  onDone: () => void;
}) {
  const { progress, period, report, onDone } = props;
  const { t } = useTranslation();
  const f = (key: string, options?: Record<string, unknown>) =>
    t(`progressReports.form.${key}`, options);
  const [state, setState] = useState<ReportFormState>(() => formStateOf(progress, report));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [order, setOrder] = useState(() => contentOf(state, progress).order);
  const [failure, setFailure] = useState<string | null>(null);
  // The report and version this form writes over; a newer one found on a 409 replaces it.
  const [base, setBase] = useState(() => report && { id: report.id, version: report.version });
  const [conflict, setConflict] = useState<ProgressReportResponse | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const save = useSaveProgressReport();
  const update = (patch: Partial<ReportFormState>) => setState((s) => ({ ...s, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = contentOf(state, progress);
    setOrder(built.order);
    setConflict(null);
    const local = Object.fromEntries(Object.entries(built.errors).map(([k, v]) => [k, f(v)]));
    if (Object.keys(local).length > 0) {
      setErrors(local);
      setFailure(null);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    save.mutate(
      {
        assignmentId: progress.assignmentId,
        periodId: period.id,
        report: base ?? undefined,
        content: built.content,
      },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) {
            setErrors({});
            setFailure(null);
            void getAssignmentProgress(progress.assignmentId).then(
              (now) => {
                const current = now.periods.find((p) => p.period.id === period.id)?.report;
                if (current) setConflict(current);
                else setFailure(f('conflictGone'));
              },
              () => setFailure(f('conflictGone')),
            );
            return;
          }
          const problem = error instanceof ApiError ? error.problem : undefined;
          setErrors(fieldErrorsFromProblem(problem));
          setFailure(problem?.errors ? null : error.message);
          requestAnimationFrame(() => summary.current?.focus());
        },
      },
    );
  };

  const items = Object.entries(errors).map(([field, text]) => ({
    key: field,
    href: `#${fieldIdFor(PREFIX, field)}`,
    text: `${reportFieldLabel(field, progress, order, f)}: ${text}`,
  }));

  return (
    <FieldIdPrefix.Provider value={PREFIX}>
      <form onSubmit={submit} noValidate aria-labelledby={`form-${period.id}`}>
        <Heading3 id={`form-${period.id}`}>{f('title', { period: period.title })}</Heading3>
        {conflict && (
          <ConflictAlert
            title={f('conflict')}
            onReload={() => {
              setState(formStateOf(progress, conflict));
              setBase({ id: conflict.id, version: conflict.version });
              setErrors({});
              setConflict(null);
            }}
            onKeepMine={() => {
              setBase({ id: conflict.id, version: conflict.version });
              setConflict(null);
            }}
          />
        )}
        <FormSummary ref={summary} intro={f('errorsIntro')} items={items} failure={failure} />
        <SelectField
          path="course"
          label={f('course')}
          value={state.course}
          options={PROGRESS_COURSES.map((c) => ({
            value: c,
            label: t(`progressReports.courses.${c}`),
          }))}
          onChange={(value) => update({ course: value as ReportFormState['course'] })}
          error={errors.course}
        />
        <TextAreaField
          path="courseExplanation"
          label={f('courseExplanation')}
          description={f('courseExplanationHint')}
          required={explanationRequired(state.course)}
          value={state.courseExplanation}
          onChange={(courseExplanation) => update({ courseExplanation })}
          error={errors.courseExplanation}
        />
        <TextAreaField
          path="delivered"
          label={f('delivered')}
          value={state.delivered}
          onChange={(delivered) => update({ delivered })}
          error={errors.delivered}
        />
        <LineFields
          progress={progress}
          state={state}
          update={update}
          errors={errors}
          order={order}
        />
        <ListFields state={state} update={update} errors={errors} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
            {f('save')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onDone}>
            {f('cancel')}
          </Button>
        </ButtonGroup>
        {save.isPending && <Paragraph small>…</Paragraph>}
      </form>
    </FieldIdPrefix.Provider>
  );
}
