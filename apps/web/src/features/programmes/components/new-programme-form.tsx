import {
  Button,
  ButtonGroup,
  Checkbox,
  FormField,
  FormFieldDescription,
  FormLabel,
} from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../lib/api-client';
import { fieldErrorsFromProblem } from '../../../lib/field-errors';
import { type StartedProgramme, useStartProgramme } from '../api/create-programme';
import {
  ProgrammeFields,
  type ProgrammeFieldName,
  ProgrammeFormSummary,
  programmeRequest,
  type ProgrammeValues,
  useFormProblems,
} from './programme-fields';
import { problemMessage } from '../../../lib/problem-message';

export interface NewProgrammeFormProps {
  region: { id: string; name: string; viewWindowWeeks: number };
  /** The region's programmes so far. */
  programmes: readonly { id: string; year: number; title: string }[];
  cancelUrl: string;
  onDirtyChange: (dirty: boolean) => void;
  onCreated: (started: StartedProgramme) => void;
}

/**
 * Starts the region's programme for a new year: the year after its latest programme, titled after
 * the year and the region until the bureau types a title of its own, and by default with the
 * assignments that continue from the latest earlier programme.
 */
export function NewProgrammeForm(props: NewProgrammeFormProps) {
  const { t } = useTranslation();
  const { region, programmes, onDirtyChange } = props;
  const takenYears = programmes.map((p) => p.year);
  const nextYear =
    takenYears.length > 0 ? Math.max(...takenYears) + 1 : new Date().getFullYear() + 1;
  const defaultTitle = (year: string) =>
    t('programmeNew.defaultTitle', { year, region: region.name });
  const [values, setValues] = useState<ProgrammeValues>({
    year: String(nextYear),
    title: defaultTitle(String(nextYear)),
    introduction: '',
    populationReferenceDate: '',
    viewWindowWeeks: '',
  });
  const [ownTitle, setOwnTitle] = useState(false);
  const { errors, failure, summaryRef, showFields, showFailure } = useFormProblems();
  const [dirty, setDirty] = useState(false);
  const [takeOver, setTakeOver] = useState(true);
  const start = useStartProgramme(region.id);
  // The latest programme before the chosen year: where continuing assignments come from.
  const source = programmes
    .filter((p) => p.year < Number(values.year))
    .reduce<(typeof programmes)[number] | null>(
      (latest, p) => (!latest || p.year > latest.year ? p : latest),
      null,
    );

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const change = (field: ProgrammeFieldName, value: string) => {
    setDirty(true);
    if (field === 'title') setOwnTitle(true);
    setValues((current) => ({
      ...current,
      [field]: value,
      // The suggested title follows the year until the bureau types its own.
      ...(field === 'year' && !ownTitle ? { title: defaultTitle(value) } : {}),
    }));
  };

  const submit = () => {
    const year = Number(values.year.trim());
    if (takenYears.includes(year)) {
      showFields({ year: t('programmeNew.yearTaken', { year }) });
      return;
    }
    const body = programmeRequest(values);
    const copyFrom = takeOver && source ? { id: source.id, title: source.title } : undefined;
    start.mutate(
      { body, copyFrom },
      {
        onSuccess: (started) => {
          setDirty(false);
          props.onCreated(started);
        },
        onError: (error) => {
          const fields = error instanceof ApiError ? fieldErrorsFromProblem(error.problem) : {};
          if (Object.keys(fields).length > 0) showFields(fields);
          else if (error instanceof ApiError && error.problem?.code === 'PROGRAMME_YEAR_TAKEN') {
            showFields({
              year: problemMessage(error.problem) ?? t('programmeNew.yearTaken', { year }),
            });
          } else {
            showFailure(t('programmeNew.failed', { message: error.message }));
          }
        },
      },
    );
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <ProgrammeFormSummary ref={summaryRef} errors={errors} failure={failure} />
      <ProgrammeFields
        values={values}
        errors={errors}
        regionWeeks={region.viewWindowWeeks}
        onChange={change}
      />
      {source && (
        <FormField type="checkbox" className="koers-field koers-checkbox-with-help">
          <Checkbox
            id="new-programme-takeOver"
            checked={takeOver}
            aria-describedby="new-programme-takeOver-description"
            onChange={() => {
              setDirty(true);
              setTakeOver(!takeOver);
            }}
          />
          <div>
            <FormLabel htmlFor="new-programme-takeOver" type="checkbox">
              {t('programmeNew.takeOver', { from: source.title })}
            </FormLabel>
            <FormFieldDescription id="new-programme-takeOver-description">
              {t('programmeNew.help.takeOver', { year: values.year })}
            </FormFieldDescription>
          </div>
        </FormField>
      )}
      <ButtonGroup className="koers-form-actions">
        <Button type="submit" appearance="primary-action-button" busy={start.isPending}>
          {start.isPending ? t('programmeNew.creating') : t('programmeNew.create')}
        </Button>
        <Link to={props.cancelUrl}>{t('programmeNew.cancel')}</Link>
      </ButtonGroup>
    </form>
  );
}
