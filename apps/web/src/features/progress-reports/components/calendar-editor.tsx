import type { ReportingCalendarEntry, ReportingCalendarResponse } from '@koers/contracts';
import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Paragraph,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldIdPrefix } from '../../../components/forms/field-id';
import { TextField } from '../../../components/forms/fields';
import { ApiError } from '../../../lib/api-client';
import { fieldErrorsFromProblem } from '../../../lib/field-errors';
import { useUpdateReportingCalendar } from '../api/update-reporting-calendar';

/** The bureau edits the region's reporting calendar: per report a name, a data day and a due day. */
export function CalendarEditor({
  calendar,
  mayEdit,
}: {
  calendar: ReportingCalendarResponse;
  mayEdit: boolean;
}) {
  const { t } = useTranslation();
  const c = (key: string, options?: Record<string, unknown>) =>
    t(`progressReports.calendar.${key}`, options);
  const [entries, setEntries] = useState<ReportingCalendarEntry[]>(calendar.entries);
  // The version these entries were read at (our own save moves it on); a change by someone else
  // meanwhile is refused with a 409 instead of being overwritten.
  const [version, setVersion] = useState(calendar.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useUpdateReportingCalendar();
  const set = (i: number, patch: Partial<ReportingCalendarEntry>) =>
    setEntries(entries.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    save.mutate(
      { regionId: calendar.regionId, entries, version },
      {
        onSuccess: (saved) => setVersion(saved.version),
        onError: (error) =>
          setErrors(fieldErrorsFromProblem(error instanceof ApiError ? error.problem : undefined)),
      },
    );
  };
  const field = (i: number, key: keyof ReportingCalendarEntry, label: string) => (
    <TextField
      path={`entries[${i}].${key}`}
      label={`${label} (${i + 1})`}
      width={key === 'title' ? undefined : 'short'}
      value={entries[i][key]}
      onChange={(value) => set(i, { [key]: value })}
      error={errors[`entries[${i}].${key}`] ?? errors[`entries.${i}.${key}`]}
    />
  );
  return (
    <FieldIdPrefix.Provider value="calendar">
      {calendar.isDefault && <Paragraph>{c('isDefault')}</Paragraph>}
      {!mayEdit && <Paragraph>{c('readOnly')}</Paragraph>}
      <form onSubmit={submit} noValidate>
        {entries.map((_entry, i) => (
          <Fieldset key={i} disabled={!mayEdit}>
            <FieldsetLegend>{c('entry', { n: i + 1 })}</FieldsetLegend>
            {field(i, 'title', c('entryTitle'))}
            {field(i, 'kind', c('kind'))}
            {field(i, 'dataUntil', c('dataUntil'))}
            {field(i, 'dueOn', c('dueOn'))}
            {mayEdit && entries.length > 1 && (
              <Button
                type="button"
                appearance="subtle-button"
                onClick={() => setEntries(entries.filter((_, j) => j !== i))}
              >
                {c('remove', { n: i + 1 })}
              </Button>
            )}
          </Fieldset>
        ))}
        {mayEdit && (
          <ButtonGroup>
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() =>
                setEntries([
                  ...entries,
                  { kind: `rapportage${entries.length + 1}`, title: '', dataUntil: '', dueOn: '' },
                ])
              }
            >
              {c('add')}
            </Button>
            <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
              {c('save')}
            </Button>
          </ButtonGroup>
        )}
        {save.isSuccess && (
          <Alert type="ok" role="status">
            <Paragraph>{c('saved')}</Paragraph>
          </Alert>
        )}
        {save.isError && Object.keys(errors).length === 0 && (
          <Alert type="error" role="alert">
            <Paragraph>{save.error.message}</Paragraph>
          </Alert>
        )}
      </form>
    </FieldIdPrefix.Provider>
  );
}
