import type { MandateResponse } from '@koers/contracts';
import {
  Alert,
  Button,
  Heading3,
  Link as ExternalLink,
  Paragraph,
} from '@utrecht/component-library-react';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldIdPrefix } from '../../../components/forms/field-id';
import { SelectField, TextAreaField, TextField } from '../../../components/forms/fields';
import { ApiError } from '../../../lib/api-client';
import { fieldErrorsFromProblem, type FieldErrors } from '../../../lib/field-errors';
import { formatDate } from '../../../lib/format';
import { useCreateMandateAccount } from '../api/create-mandate-account';
import { problemMessage } from '../../../lib/problem-message';

/** The accounts given for the report-back dates, and (for those who may) a form to add one. */
export function AccountSection({
  mandate,
  mayWrite,
}: {
  mandate: MandateResponse;
  mayWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDate(iso, i18n.language);
  const accounted = new Set(mandate.accounts.map((a) => a.reportBackDate));
  const open = mandate.reportBackDates.filter((d) => !accounted.has(d));
  return (
    <section aria-labelledby="mandate-accounts" className="koers-subsection">
      <Heading3 id="mandate-accounts">{t('mandates.accounts.title')}</Heading3>
      {mandate.accounts.length === 0 ? (
        <Paragraph>{t('mandates.accounts.empty')}</Paragraph>
      ) : (
        <ul className="koers-bare-list koers-mandate-decisions">
          {mandate.accounts.map((a) => (
            <li key={a.id} className="koers-mandate-decision">
              <Paragraph>
                <strong>
                  {t('mandates.accounts.item', {
                    date: date(a.reportBackDate),
                    reportedOn: date(a.reportedOn),
                  })}
                </strong>
              </Paragraph>
              <Paragraph>{a.summary}</Paragraph>
              {a.minutesUrl && (
                <Paragraph small>
                  <ExternalLink href={a.minutesUrl}>
                    {t('mandates.accounts.minutesUrl')}
                  </ExternalLink>
                </Paragraph>
              )}
            </li>
          ))}
        </ul>
      )}
      {mayWrite &&
        (open.length === 0 ? (
          <Paragraph small>{t('mandates.accounts.noDates')}</Paragraph>
        ) : (
          <AccountForm assignmentId={mandate.assignmentId} dates={open} today={mandate.today} />
        ))}
    </section>
  );
}

function AccountForm(props: { assignmentId: string; dates: string[]; today: string }) {
  const { t, i18n } = useTranslation();
  const create = useCreateMandateAccount();
  const [values, setValues] = useState({
    reportBackDate: props.dates[0],
    reportedOn: props.today,
    summary: '',
    minutesUrl: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) messageRef.current?.focus();
  }, [outcome]);
  const set = (field: keyof typeof values) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        assignmentId: props.assignmentId,
        body: {
          ...values,
          minutesUrl: values.minutesUrl.trim() === '' ? null : values.minutesUrl.trim(),
        },
      },
      {
        onSuccess: () => {
          setErrors({});
          setOutcome({ ok: true, message: t('mandates.accounts.saved') });
        },
        onError: (error) => {
          const problem = error instanceof ApiError ? error.problem : undefined;
          setErrors(fieldErrorsFromProblem(problem));
          setOutcome({
            ok: false,
            message: problemMessage(problem) ?? t('mandates.accounts.failed'),
          });
        },
      },
    );
  };

  return (
    <FieldIdPrefix.Provider value="mandate-account">
      <form onSubmit={submit} noValidate aria-labelledby="account-form">
        <Heading3 id="account-form">{t('mandates.accounts.formTitle')}</Heading3>
        <SelectField
          path="reportBackDate"
          label={t('mandates.accounts.reportBackDate')}
          value={values.reportBackDate}
          onChange={set('reportBackDate')}
          options={props.dates.map((d) => ({ value: d, label: formatDate(d, i18n.language) }))}
          error={errors.reportBackDate}
        />
        <TextField
          path="reportedOn"
          type="date"
          label={t('mandates.accounts.reportedOn')}
          value={values.reportedOn}
          onChange={set('reportedOn')}
          error={errors.reportedOn}
          required
        />
        <TextAreaField
          path="summary"
          label={t('mandates.accounts.summary')}
          value={values.summary}
          onChange={set('summary')}
          error={errors.summary}
          required
        />
        <TextField
          path="minutesUrl"
          label={t('mandates.accounts.minutesUrl')}
          value={values.minutesUrl}
          onChange={set('minutesUrl')}
          error={errors.minutesUrl}
        />
        <Button type="submit" appearance="secondary-action-button" busy={create.isPending}>
          {t('mandates.accounts.submit')}
        </Button>
        {outcome && (
          <Alert
            ref={messageRef}
            tabIndex={-1}
            role={outcome.ok ? 'status' : 'alert'}
            type={outcome.ok ? 'ok' : 'error'}
          >
            <Paragraph>{outcome.message}</Paragraph>
          </Alert>
        )}
      </form>
    </FieldIdPrefix.Provider>
  );
}
