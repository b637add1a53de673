import type { AssignmentResponse, ProgrammeStatus, ViewPointResponse } from '@koers/contracts';
import {
  Alert,
  Button,
  ButtonGroup,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { draftFromAssignment, emptyDraft, type AssignmentDraft } from '../form/assignment-draft';
import { contributionParts } from '../form/contribution-parts';
import { fieldId } from '../form/field-errors';
import { fieldLabel } from '../form/field-label';
import { keyFromDraft } from '../../../components/contribution-key/key-draft';
import { useAssignmentSubmit } from '../form/use-assignment-submit';
import { forgetKeptDraft, readKeptDraft, useKeepDraft } from '../form/kept-draft';
import { FormContents, FormPart } from './form-parts';
import { AmendmentFieldset } from './amendment-fieldset';
import { BasicsSection } from './basics-section';
import { BudgetSection } from './budget-section';
import { CapacitySection } from './capacity-section';
import { ConflictNotice } from './conflict-notice';
import { ContributionKeyFields } from '../../../components/contribution-key/contribution-key-fields';
import { ContributionPreview } from '../../../components/contribution-key/contribution-preview';
import { keyName } from '../../../components/contribution-key/key-name';
import { KpiSection } from './kpi-section';
import { LinksSection } from './links-section';
import { MandateSection } from './mandate-section';
import { PeopleSection } from './people-section';
import { ResultsSection } from './results-section';
import type { AssignmentFormLookups, SectionProps } from './section-types';

export interface AssignmentFormProps {
  /** Create in this programme, or edit this assignment. */
  target: { programmeId: string; themeId?: string } | { assignment: AssignmentResponse };
  programmeStatus: ProgrammeStatus;
  lookups: AssignmentFormLookups;
  cancelUrl: string;
  onDirtyChange: (dirty: boolean) => void;
  onSaved: (saved: AssignmentResponse) => void;
  /**
   * While the councils weigh the programme: the view points of the current round, so the change
   * is saved as an amendment that answers some of them.
   */
  amendment?: { points: ViewPointResponse[] };
}

/** Every field of an assignment, a contribution preview that follows the typing, and the save. */
export function AssignmentForm(props: AssignmentFormProps) {
  const { t, i18n } = useTranslation();
  const { target, lookups, onDirtyChange } = props;
  const [base, setBase] = useState('assignment' in target ? target.assignment : null);
  const keptKey = 'assignment' in target ? target.assignment.id : `new-${target.programmeId}`;
  const savedDraft = () =>
    'assignment' in target ? draftFromAssignment(target.assignment) : emptyDraft(target.themeId);
  const [kept] = useState(() => readKeptDraft(keptKey, base?.version ?? null));
  const [draft, setDraft] = useState<AssignmentDraft>(() => kept ?? savedDraft());
  const [dirty, setDirty] = useState(kept !== null);
  const [restored, setRestored] = useState(kept !== null);
  useKeepDraft(keptKey, base?.version ?? null, draft, dirty);
  const [answers, setAnswers] = useState<string[]>([]);
  const amending = props.programmeStatus === 'consultation' && !!props.amendment;
  const { submit, errors, failure, isSaving, clearFailure } = useAssignmentSubmit(
    base ? { base } : { programmeId: 'programmeId' in target ? target.programmeId : '' },
    (saved) => {
      setDirty(false);
      forgetKeptDraft(keptKey);
      props.onSaved(saved);
    },
  );
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => {
    if (failure?.kind === 'conflict') document.getElementById('assignment-conflict')?.focus();
    else if (failure) summaryRef.current?.focus();
  }, [failure]);

  const change: SectionProps['change'] = (key, value) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setDirty(true);
  };
  const sectionProps: SectionProps = { draft, change, errors, lookups };

  const parts = contributionParts(draft.budgetLines, lookups.programmeYear);
  const ownKey = keyFromDraft(draft.contributionKey);
  const key = ownKey.key ?? lookups.programmeKey ?? { type: lookups.regionDefaultKey };
  const keySource = ownKey.key ? 'assignment' : lookups.programmeKey ? 'programme' : 'region';
  const payerIds =
    draft.participation === 'all' ? lookups.municipalities.map((m) => m.id) : draft.participantIds;
  const errorEntries = Object.entries(errors);

  return (
    <form
      noValidate
      className="koers-assignment-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit(draft, amending ? { answersViewPointIds: answers } : undefined);
      }}
    >
      {amending && (
        <Alert type="info">
          <Paragraph>{t('assignments.amendment.inConsultation')}</Paragraph>
        </Alert>
      )}
      {props.programmeStatus !== 'draft' && !amending && (
        <Alert type="info">
          <Paragraph>
            {t('assignments.form.notDraftNow', {
              status: t(`programmes.statuses.${props.programmeStatus}`),
            })}
          </Paragraph>
        </Alert>
      )}
      <div ref={summaryRef} tabIndex={-1} className="koers-form-summary">
        {failure?.kind === 'fields' && errorEntries.length > 0 && (
          <Alert type="error" role="alert">
            <Paragraph>
              {t('assignments.form.checkFields', { count: errorEntries.length })}
            </Paragraph>
            <UnorderedList>
              {errorEntries.map(([path, message]) => (
                <UnorderedListItem key={path}>
                  <a href={`#${fieldId(path)}`}>
                    {t('assignments.form.fieldError', {
                      field: fieldLabel(path, t, lookups.municipalities),
                      message,
                    })}
                  </a>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </Alert>
        )}
        {failure?.kind === 'notDraft' && (
          <Alert type="error" role="alert">
            <Paragraph>{t('assignments.form.notDraft')}</Paragraph>
          </Alert>
        )}
        {failure?.kind === 'other' && (
          <Alert type="error" role="alert">
            <Paragraph>{t('assignments.form.failed', { message: failure.message })}</Paragraph>
          </Alert>
        )}
      </div>
      {failure?.kind === 'conflict' && (
        <ConflictNotice
          fields={failure.fields}
          onReload={() => {
            setBase(failure.current);
            setDraft(draftFromAssignment(failure.current));
            setDirty(false);
            forgetKeptDraft(keptKey);
            clearFailure();
          }}
          onKeepMine={() => {
            setBase(failure.current);
            clearFailure();
          }}
        />
      )}

      {restored && (
        <Alert type="info">
          <Paragraph>{t('assignments.form.restored')}</Paragraph>
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              forgetKeptDraft(keptKey);
              setDraft(savedDraft());
              setDirty(false);
              setRestored(false);
            }}
          >
            {t('assignments.form.discardRestored')}
          </Button>
        </Alert>
      )}
      <FormContents />
      <FormPart part="basics">
        <BasicsSection {...sectionProps} />
      </FormPart>
      <FormPart part="results">
        <ResultsSection {...sectionProps} />
        <KpiSection {...sectionProps} />
      </FormPart>
      <FormPart part="money">
        <BudgetSection {...sectionProps} />
        <CapacitySection {...sectionProps} />
      </FormPart>
      <FormPart part="mandate">
        <MandateSection {...sectionProps} />
      </FormPart>
      <FormPart part="people">
        <PeopleSection {...sectionProps} />
      </FormPart>
      <FormPart part="key">
        <ContributionKeyFields
          legend={t('assignments.form.keySection')}
          inheritLabel={t(
            lookups.programmeKey
              ? 'assignments.form.keyOfProgramme'
              : 'assignments.form.keyOfRegion',
            {
              name: keyName(
                lookups.programmeKey ?? { type: lookups.regionDefaultKey },
                lookups.municipalities,
                t,
                i18n.language,
              ),
            },
          )}
          value={draft.contributionKey}
          onChange={(value) => change('contributionKey', value)}
          errors={errors}
          municipalities={lookups.municipalities}
        />
        <ContributionPreview
          programmeYear={lookups.programmeYear}
          parts={parts}
          municipalities={lookups.municipalities}
          payerIds={payerIds}
          contributionKey={key}
          keySource={keySource}
          keyUnreadable={Object.keys(ownKey.problems).length > 0}
        />
      </FormPart>
      <FormPart part="links">
        <LinksSection {...sectionProps} />
      </FormPart>
      {amending && props.amendment && (
        <AmendmentFieldset
          points={props.amendment.points}
          selected={answers}
          onChange={(ids) => {
            setAnswers(ids);
            setDirty(true);
          }}
          error={errors.answersViewPointIds}
        />
      )}

      <ButtonGroup className="koers-form-actions">
        <Button type="submit" appearance="primary-action-button" busy={isSaving}>
          {isSaving ? t('assignments.form.saving') : t('assignments.form.save')}
        </Button>
        <Link to={props.cancelUrl}>{t('assignments.form.cancel')}</Link>
      </ButtonGroup>
    </form>
  );
}
