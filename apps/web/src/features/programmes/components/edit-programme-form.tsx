import type {
  ContributionKeyType,
  MunicipalityResponse,
  ProgrammeResponse,
} from '@koers/contracts';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  keyDraftFrom,
  keyFromDraft,
  type KeyDraft,
} from '../../../components/contribution-key/key-draft';
import { ApiError } from '../../../lib/api-client';
import { getProgramme } from '../../../lib/api/get-programme';
import { fieldErrorsFromProblem } from '../../../lib/field-errors';
import { useUpdateProgramme } from '../api/update-programme';
import {
  ProgrammeFields,
  type ProgrammeFieldName,
  ProgrammeFormSummary,
  programmeRequest,
  type ProgrammeValues,
  useFormProblems,
} from './programme-fields';
import { ProgrammeKeySection } from './programme-key-section';

const valuesOf = (programme: ProgrammeResponse): ProgrammeValues => ({
  year: String(programme.year),
  title: programme.title,
  introduction: programme.introduction,
  populationReferenceDate: programme.populationReferenceDate ?? '',
  viewWindowWeeks: programme.viewWindowWeeks === null ? '' : String(programme.viewWindowWeeks),
});

export interface EditProgrammeFormProps {
  programme: ProgrammeResponse;
  regionWeeks: number;
  regionDefaultKey: ContributionKeyType;
  /** The region's municipalities: who the key can name, and who the preview splits over. */
  municipalities: readonly MunicipalityResponse[];
  cancelUrl: string;
  onDirtyChange: (dirty: boolean) => void;
  onSaved: (programme: ProgrammeResponse) => void;
}

/**
 * A draft programme's settings, saved against the version that was read: when someone else saved
 * first, the form says so and keeps what was typed, to reload theirs or to save this over it.
 */
export function EditProgrammeForm(props: EditProgrammeFormProps) {
  const { t } = useTranslation();
  const { onDirtyChange } = props;
  const [version, setVersion] = useState(props.programme.version);
  const [values, setValues] = useState(() => valuesOf(props.programme));
  const [keyDraft, setKeyDraft] = useState(() => keyDraftFrom(props.programme.contributionKey));
  const { errors, failure, summaryRef, showFields, showFailure, clear } = useFormProblems();
  const [conflict, setConflict] = useState<ProgrammeResponse | null>(null);
  const [dirty, setDirty] = useState(false);
  const conflictRef = useRef<HTMLDivElement>(null);
  const update = useUpdateProgramme(props.programme.id);

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  const change = (field: ProgrammeFieldName, value: string) => {
    setDirty(true);
    setValues((current) => ({ ...current, [field]: value }));
  };

  const changeKey = (value: KeyDraft) => {
    setDirty(true);
    setKeyDraft(value);
  };
  const reload = (programme: ProgrammeResponse) => {
    setValues(valuesOf(programme));
    setKeyDraft(keyDraftFrom(programme.contributionKey));
  };

  const submit = () => {
    const own = keyFromDraft(keyDraft);
    const keyProblems = Object.entries(own.problems);
    if (keyProblems.length > 0) {
      showFields(
        Object.fromEntries(
          keyProblems.map(([path, p]) => [path, t(`assignments.form.errors.${p}`)]),
        ),
      );
      return;
    }
    update.mutate(
      { ...programmeRequest(values), contributionKey: own.key, version },
      {
        onSuccess: (saved) => {
          setDirty(false);
          props.onSaved(saved);
        },
        onError: (error) => {
          const failed = (message: string) => showFailure(t('programmeEdit.failed', { message }));
          const problem = error instanceof ApiError ? error.problem : undefined;
          const fields = fieldErrorsFromProblem(problem);
          if (problem?.code === 'PROGRAMME_VERSION_CONFLICT') {
            clear();
            void getProgramme(props.programme.id).then(setConflict, (reload: Error) =>
              failed(reload.message),
            );
          } else if (Object.keys(fields).length > 0) showFields(fields);
          else failed(error.message);
        },
      },
    );
  };

  return (
    <form
      className="koers-programme-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {conflict && (
        <Alert type="warning" role="alert">
          <div ref={conflictRef} tabIndex={-1}>
            <Heading2>{t('programmeEdit.conflict.title')}</Heading2>
            <Paragraph>{t('programmeEdit.conflict.kept')}</Paragraph>
            <ButtonGroup>
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  reload(conflict);
                  setVersion(conflict.version);
                  setConflict(null);
                  setDirty(false);
                }}
              >
                {t('programmeEdit.conflict.reload')}
              </Button>
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  setVersion(conflict.version);
                  setConflict(null);
                }}
              >
                {t('programmeEdit.conflict.keepMine')}
              </Button>
            </ButtonGroup>
          </div>
        </Alert>
      )}
      <ProgrammeFormSummary ref={summaryRef} errors={errors} failure={failure} />
      <ProgrammeFields
        values={values}
        errors={errors}
        regionWeeks={props.regionWeeks}
        onChange={change}
      />
      <ProgrammeKeySection
        programmeYear={props.programme.year}
        value={keyDraft}
        onChange={changeKey}
        errors={errors}
        municipalities={props.municipalities}
        regionDefaultKey={props.regionDefaultKey}
      />
      <ButtonGroup className="koers-form-actions">
        <Button type="submit" appearance="primary-action-button" busy={update.isPending}>
          {update.isPending ? t('programmeEdit.saving') : t('programmeEdit.save')}
        </Button>
        <Link to={props.cancelUrl}>{t('programmeNew.cancel')}</Link>
      </ButtonGroup>
    </form>
  );
}
