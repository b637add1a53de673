import {
  VIEW_POINT_OUTCOMES,
  type ViewPointOutcome,
  type ViewPointResponse,
} from '@koers/contracts';
import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  RadioButton,
  Textarea,
} from '@utrecht/component-library-react';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { useAnswerViewPoint } from '../api/answer-view-point';
import { problemMessage } from '../../../lib/problem-message';

interface Props {
  programmeId: string;
  point: ViewPointResponse;
  onDone: () => void;
  onCancel: () => void;
}

/** The bureau records the board's reasoned answer to one point; a 409 keeps what was typed. */
export function ViewPointAnswerForm({ programmeId, point, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const save = useAnswerViewPoint(programmeId);
  const id = `answer-${point.id}`;
  const [answer, setAnswer] = useState(point.answer ?? '');
  const [outcome, setOutcome] = useState<ViewPointOutcome | ''>(point.outcome ?? '');
  const [resultingChange, setResultingChange] = useState(point.resultingChange ?? '');
  const [baseVersion, setBaseVersion] = useState(point.version);
  const [conflict, setConflict] = useState(false);
  const [missing, setMissing] = useState<{ answer?: boolean; outcome?: boolean }>({});
  const answerRef = useRef<HTMLTextAreaElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => answerRef.current?.focus(), []);
  useEffect(() => {
    if (conflict) alertRef.current?.focus();
  }, [conflict]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const nowMissing = { answer: !answer.trim(), outcome: !outcome };
    setMissing(nowMissing);
    if (nowMissing.answer) return answerRef.current?.focus();
    if (!outcome)
      return document.getElementById(`${id}-outcome-${VIEW_POINT_OUTCOMES[0]}`)?.focus();
    // After a conflict the user has seen the current answer: saving again overwrites it.
    const version = conflict ? point.version : baseVersion;
    save.mutate(
      {
        pointId: point.id,
        answer: answer.trim(),
        outcome,
        resultingChange: resultingChange.trim() || null,
        version,
      },
      {
        onSuccess: () => onDone(),
        onError: (error) => {
          if (error instanceof ApiError && error.problem?.code === 'VIEW_POINT_VERSION_CONFLICT') {
            setConflict(true);
            setBaseVersion(point.version);
          }
        },
      },
    );
  };

  const error = save.error instanceof ApiError ? save.error : null;
  const otherFailure =
    save.isError && error?.problem?.code !== 'VIEW_POINT_VERSION_CONFLICT'
      ? t('councilDecisions.answer.failed', {
          reason: problemMessage(error?.problem) ?? t('errors.generic'),
        })
      : null;

  return (
    <form onSubmit={submit} noValidate className="koers-form koers-answer-form">
      <Fieldset>
        <FieldsetLegend>
          {t('councilDecisions.answer.legend', { number: point.number })}
        </FieldsetLegend>
        {conflict && (
          <Alert type="warning" role="alert" ref={alertRef} tabIndex={-1}>
            <Paragraph>{t('councilDecisions.answer.conflict')}</Paragraph>
            <Paragraph>
              {point.answer
                ? t('councilDecisions.answer.current', { answer: point.answer })
                : t('councilDecisions.answer.currentNone')}
            </Paragraph>
          </Alert>
        )}
        <FormField invalid={missing.answer}>
          <FormLabel htmlFor={`${id}-text`}>{t('councilDecisions.answer.answer')}</FormLabel>
          {missing.answer && (
            <FormFieldErrorMessage id={`${id}-text-error`}>
              {t('councilDecisions.answer.answerMissing')}
            </FormFieldErrorMessage>
          )}
          <Textarea
            id={`${id}-text`}
            ref={answerRef}
            value={answer}
            invalid={missing.answer}
            aria-describedby={missing.answer ? `${id}-text-error` : undefined}
            onChange={(event) => setAnswer(event.target.value)}
          />
        </FormField>
        <Fieldset
          invalid={missing.outcome}
          aria-describedby={missing.outcome ? `${id}-outcome-error` : undefined}
        >
          <FieldsetLegend>{t('councilDecisions.answer.outcome')}</FieldsetLegend>
          {missing.outcome && (
            <FormFieldErrorMessage id={`${id}-outcome-error`}>
              {t('councilDecisions.answer.outcomeMissing')}
            </FormFieldErrorMessage>
          )}
          {VIEW_POINT_OUTCOMES.map((value) => (
            <FormField key={value} type="radio">
              <RadioButton
                id={`${id}-outcome-${value}`}
                name={`${id}-outcome`}
                value={value}
                checked={outcome === value}
                onChange={() => setOutcome(value)}
              />
              <FormLabel htmlFor={`${id}-outcome-${value}`} type="radio">
                {t(`councilDecisions.outcomes.${value}`)}
              </FormLabel>
            </FormField>
          ))}
        </Fieldset>
        <FormField>
          <FormLabel htmlFor={`${id}-change`}>
            {t('councilDecisions.answer.resultingChange')}
          </FormLabel>
          <Textarea
            id={`${id}-change`}
            value={resultingChange}
            onChange={(event) => setResultingChange(event.target.value)}
          />
        </FormField>
        {otherFailure && (
          <Alert type="error" role="alert">
            <Paragraph>{otherFailure}</Paragraph>
          </Alert>
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={save.isPending}>
            {t('councilDecisions.answer.submit')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('councilDecisions.answer.cancel')}
          </Button>
        </ButtonGroup>
      </Fieldset>
    </form>
  );
}
