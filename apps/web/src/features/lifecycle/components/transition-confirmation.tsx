import type { AllowedTransition, ProgrammeSummary, TransitionRequest } from '@koers/contracts';
import { consultationDeadline } from '@koers/domain';
import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading3,
  Paragraph,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { FormEvent, KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { useTransition } from '../api/post-transition';
import { problemMessage } from '../../../lib/problem-message';

interface TransitionConfirmationProps {
  programme: ProgrammeSummary;
  transition: AllowedTransition;
  /** Member municipalities whose councils receive the programme. */
  councilCount: number;
  /** The window for formal views: the programme's, else the region's. */
  windowWeeks: number;
  today: string;
  /** The button's label: "Vaststellen met wijzigingen" when there are amendments. */
  action: string;
  /** Changes to assignments that follow from the views of this round. */
  amendmentCount: number;
  onCancel: () => void;
  onDone: (status: string) => void;
}

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !isNaN(Date.parse(value));

/** Says what the move will do, asks for what it needs (reason, day sent), then makes it. */
export function TransitionConfirmation(props: TransitionConfirmationProps) {
  const { programme, transition, councilCount, windowWeeks, today, onCancel, onDone } = props;
  const { action, amendmentCount } = props;
  const { t, i18n } = useTranslation();
  const move = useTransition(programme.id);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [reason, setReason] = useState('');
  const [sentOn, setSentOn] = useState(today);
  const [missingReason, setMissingReason] = useState(false);
  const { to } = transition;
  const id = `confirm-${to}`;
  const needsReason = transition.reasonRequired || to === 'draft';
  const sentOnValid = isDate(sentOn);

  useEffect(() => headingRef.current?.focus(), []);

  const effect = () => {
    if (to === 'consultation') {
      const deadline = consultationDeadline(sentOnValid ? sentOn : today, windowWeeks);
      return t('lifecycle.confirm.effects.consultation', {
        count: councilCount,
        deadline: formatDate(deadline, i18n.language),
      });
    }
    if (to === 'adopted' && amendmentCount > 0) {
      return t('lifecycle.confirm.effects.adoptedWithAmendments', {
        count: amendmentCount,
        version: programme.versionCount + 1,
        today: formatDate(today, i18n.language),
      });
    }
    return t(`lifecycle.confirm.effects.${to}`, {
      version: programme.versionCount + 1,
      today: formatDate(today, i18n.language),
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (needsReason && !reason.trim()) {
      setMissingReason(true);
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    if (to === 'consultation' && !sentOnValid) {
      document.getElementById(`${id}-sent-on`)?.focus();
      return;
    }
    const body: TransitionRequest = { to };
    if (needsReason) body.reason = reason.trim();
    if (to === 'consultation') body.sentOn = sentOn;
    move.mutate(body, { onSuccess: (result) => onDone(result.status) });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCancel();
    }
  };

  const problem = move.error instanceof ApiError ? move.error.problem : undefined;
  const failure = move.isError
    ? problemMessage(problem) && move.error instanceof ApiError && move.error.status < 500
      ? t('lifecycle.confirm.refused', { reason: problemMessage(problem) })
      : t('lifecycle.confirm.failed')
    : null;
  const firstLower = action.charAt(0).toLowerCase() + action.slice(1);

  return (
    <section aria-labelledby={`${id}-title`} className="koers-confirmation" onKeyDown={onKeyDown}>
      <Heading3 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {t('lifecycle.confirm.title', { action })}
      </Heading3>
      <form onSubmit={submit} noValidate className="koers-form">
        <Paragraph id={`${id}-effect`}>{effect()}</Paragraph>
        {to === 'draft' && programme.status === 'consultation' && (
          <Paragraph id={`${id}-councils`}>{t('lifecycle.confirm.councilsKept')}</Paragraph>
        )}
        {to === 'consultation' && (
          <>
            <Paragraph>{t('lifecycle.confirm.window', { count: windowWeeks })}</Paragraph>
            <FormField invalid={!sentOnValid}>
              <FormLabel htmlFor={`${id}-sent-on`}>{t('lifecycle.confirm.sentOn')}</FormLabel>
              <FormFieldDescription id={`${id}-sent-on-help`}>
                {t('lifecycle.confirm.sentOnHelp')}
              </FormFieldDescription>
              {!sentOnValid && (
                <FormFieldErrorMessage id={`${id}-sent-on-error`}>
                  {t('lifecycle.confirm.sentOnInvalid')}
                </FormFieldErrorMessage>
              )}
              <Textbox
                id={`${id}-sent-on`}
                type="date"
                value={sentOn}
                max={today}
                invalid={!sentOnValid}
                aria-describedby={`${id}-sent-on-help${sentOnValid ? '' : ` ${id}-sent-on-error`}`}
                onChange={(event) => setSentOn(event.target.value)}
              />
            </FormField>
          </>
        )}
        {needsReason && (
          <FormField invalid={missingReason}>
            <FormLabel htmlFor={`${id}-reason`}>{t('lifecycle.confirm.reason')}</FormLabel>
            <FormFieldDescription id={`${id}-reason-help`}>
              {t('lifecycle.confirm.reasonHelp')}
            </FormFieldDescription>
            {missingReason && (
              <FormFieldErrorMessage id={`${id}-reason-error`}>
                {t('lifecycle.confirm.reasonMissing')}
              </FormFieldErrorMessage>
            )}
            <Textarea
              id={`${id}-reason`}
              value={reason}
              required
              invalid={missingReason}
              aria-describedby={`${id}-reason-help${missingReason ? ` ${id}-reason-error` : ''}`}
              onChange={(event) => {
                setReason(event.target.value);
                if (event.target.value.trim()) setMissingReason(false);
              }}
            />
          </FormField>
        )}
        {failure && (
          <Alert type="error" role="alert">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={move.isPending}>
            {t('lifecycle.confirm.submit', { action: firstLower })}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('lifecycle.confirm.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
