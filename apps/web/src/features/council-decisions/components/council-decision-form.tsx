import {
  COUNCIL_DECISION_STATUSES,
  type AssignmentRef,
  type CouncilDecisionDetailResponse,
  type CouncilDecisionStatus,
  type ErrorCode,
} from '@koers/contracts';
import { allowsViewPoints, needsDecisionDate, needsViewPoints } from '@koers/domain';
import {
  Alert,
  Button,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { useRecordCouncilDecision } from '../api/record-council-decision';
import {
  apiFieldErrors,
  checkDraft,
  draftFrom,
  fieldId,
  firstErrorField,
  toRequest,
  type DecisionDraft,
  type FieldErrors,
} from '../lib/decision-form';
import { DecisionTextField } from './decision-text-field';
import { DeclinedAssignmentsFieldset } from './declined-assignments-fieldset';
import { ViewPointsFieldset } from './view-points-fieldset';
import {
  LeaveConfirmation,
  useUnsavedChangesGuard,
} from '../../../components/forms/unsaved-changes';
import { problemMessage } from '../../../lib/problem-message';

interface Props {
  programmeId: string;
  municipalityId: string;
  decision: CouncilDecisionDetailResponse;
  assignments: AssignmentRef[];
}

const CONFLICT: ErrorCode = 'COUNCIL_DECISION_VERSION_CONFLICT';

/** Records the council's decision and its numbered view; a 409 keeps what was typed. */
export function CouncilDecisionForm({ programmeId, municipalityId, decision, assignments }: Props) {
  const { t } = useTranslation();
  const save = useRecordCouncilDecision(programmeId, municipalityId);
  const [saved, setSaved] = useState(() => draftFrom(decision));
  const [draft, setDraft] = useState<DecisionDraft>(saved);
  const [baseVersion, setBaseVersion] = useState(decision.version);
  const [conflict, setConflict] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const guard = useUnsavedChangesGuard(dirty);

  useEffect(() => {
    if (conflict || done) alertRef.current?.focus();
  }, [conflict, done]);

  const change = (patch: Partial<DecisionDraft>) => {
    setDone(false);
    setDraft((current) => ({ ...current, ...patch }));
  };

  const focusFirst = (found: FieldErrors) => {
    const first = firstErrorField(found);
    if (first) setTimeout(() => document.getElementById(fieldId(first))?.focus());
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDraft(
      draft,
      assignments.map((a) => a.id),
    );
    const found: FieldErrors = Object.fromEntries(
      Object.entries(checked).map(([field, e]) => [field, t(e.key, { number: e.number })]),
    );
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirst(found);
    const version = conflict ? decision.version : baseVersion;
    save.mutate(toRequest(draft, version), {
      onSuccess: (result) => {
        const next = draftFrom(result);
        setSaved(next);
        setDraft(next);
        setBaseVersion(result.version);
        setConflict(false);
        setDone(true);
      },
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        if (error.problem?.code === CONFLICT) {
          setConflict(true);
          return;
        }
        const fromApi = apiFieldErrors(error.problem);
        setErrors(fromApi);
        focusFirst(fromApi);
      },
    });
  };

  const error = save.error instanceof ApiError ? save.error : null;
  const apiInvalid = Object.keys(errors).length > 0;
  const otherFailure =
    save.isError && error?.problem?.code !== CONFLICT && !error?.problem?.errors?.length
      ? t('councilDecisions.form.failed', {
          reason: problemMessage(error?.problem) ?? t('errors.generic'),
        })
      : null;
  const status = draft.status;

  return (
    <section aria-labelledby="decision-form-title" className="koers-section">
      <Heading2 id="decision-form-title">{t('councilDecisions.form.title')}</Heading2>
      <Paragraph>{t('councilDecisions.form.intro')}</Paragraph>
      <LeaveConfirmation blocker={guard.blocker} />
      {conflict && (
        <Alert type="warning" role="alert" ref={alertRef} tabIndex={-1}>
          <Paragraph>{t('councilDecisions.form.conflict')}</Paragraph>
          <Paragraph>
            {t('councilDecisions.form.currentStatus', {
              status: t(`councilDecisions.statuses.${decision.status}`),
            })}
          </Paragraph>
        </Alert>
      )}
      {done && !conflict && (
        <Alert type="ok" role="status" ref={alertRef} tabIndex={-1}>
          <Paragraph>{t('councilDecisions.form.saved')}</Paragraph>
        </Alert>
      )}
      <form onSubmit={submit} noValidate className="koers-form koers-form--wide">
        <FormField>
          <FormLabel htmlFor={fieldId('status')}>{t('councilDecisions.form.status')}</FormLabel>
          <Select
            id={fieldId('status')}
            value={status}
            onChange={(event) => change({ status: event.target.value as CouncilDecisionStatus })}
          >
            {COUNCIL_DECISION_STATUSES.map((s) => (
              <SelectOption key={s} value={s}>
                {t(`councilDecisions.statuses.${s}`)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <DecisionTextField
          field="councilMeetingDate"
          type="date"
          label={t('councilDecisions.form.councilMeetingDate')}
          value={draft.councilMeetingDate}
          error={errors.councilMeetingDate}
          onChange={(value) => change({ councilMeetingDate: value })}
        />
        {needsDecisionDate(status) && (
          <DecisionTextField
            field="decisionDate"
            type="date"
            label={t('councilDecisions.form.decisionDateRequired')}
            value={draft.decisionDate}
            error={errors.decisionDate}
            onChange={(value) => change({ decisionDate: value })}
          />
        )}
        <DecisionTextField
          field="decisionReference"
          label={t('councilDecisions.form.reference')}
          value={draft.decisionReference}
          error={errors.decisionReference}
          onChange={(value) => change({ decisionReference: value })}
        />
        <DecisionTextField
          field="decisionUrl"
          type="url"
          label={t('councilDecisions.form.url')}
          description={t('councilDecisions.form.urlHelp')}
          value={draft.decisionUrl}
          error={errors.decisionUrl}
          onChange={(value) => change({ decisionUrl: value })}
        />
        {status === 'partial' && (
          <DeclinedAssignmentsFieldset
            assignments={assignments}
            value={draft.declinedAssignmentIds}
            error={errors.declinedAssignmentIds}
            onChange={(ids) => change({ declinedAssignmentIds: ids })}
          />
        )}
        {allowsViewPoints(status) ? (
          <ViewPointsFieldset
            points={draft.viewPoints}
            assignments={assignments}
            required={needsViewPoints(status)}
            errors={errors}
            onChange={(viewPoints) => change({ viewPoints })}
          />
        ) : (
          draft.viewPoints.length > 0 && (
            <Paragraph>{t('councilDecisions.form.pointsNotAllowed')}</Paragraph>
          )
        )}
        {apiInvalid && (
          <Alert type="error">
            <Paragraph>{t('councilDecisions.form.invalid')}</Paragraph>
          </Alert>
        )}
        {otherFailure && (
          <Alert type="error" role="alert">
            <Paragraph>{otherFailure}</Paragraph>
          </Alert>
        )}
        <div>
          <Button type="submit" appearance="primary-action-button" busy={save.isPending}>
            {t('councilDecisions.form.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
