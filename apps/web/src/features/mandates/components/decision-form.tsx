import { MANDATE_DECIDERS, type MandateDecider } from '@koers/contracts';
import { Alert, Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldIdPrefix } from '../../../components/forms/field-id';
import { SelectField, TextAreaField, TextField } from '../../../components/forms/fields';
import type { ProblemDetails } from '@koers/contracts';
import { ApiError } from '../../../lib/api-client';
import { parseEuros } from '../../../lib/euro-input';
import { fieldErrorsFromProblem, type FieldErrors } from '../../../lib/field-errors';
import { formatEuros } from '../../../lib/format';
import { useCreateMandateDecision } from '../api/create-mandate-decision';
import { problemMessage } from '../../../lib/problem-message';

type Outcome = { kind: 'saved' | 'escalated' | 'refused' | 'error'; message: string };

const EMPTY = {
  decidedOn: '',
  description: '',
  amount: '',
  decidedBy: 'portfolio_holder',
  minutesUrl: '',
};

/** The portfolio holder or the bureau records a decision taken under the mandate. */
/** The sentence a region's agreement prescribes for a refused decision (its own words, not ours). */
function regionSentence(problem: ProblemDetails): string | undefined {
  const sentence = problem.params?.sentence;
  return typeof sentence === 'string' && sentence !== '' ? sentence : problem.detail;
}

export function DecisionForm({ assignmentId, today }: { assignmentId: string; today: string }) {
  const { t } = useTranslation();
  const create = useCreateMandateDecision();
  const [values, setValues] = useState({ ...EMPTY, decidedOn: today });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) messageRef.current?.focus();
  }, [outcome]);
  const set = (field: keyof typeof EMPTY) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const amountCents = parseEuros(values.amount);
    if (amountCents === null) {
      setErrors({ amountCents: t('mandates.form.amountInvalid') });
      return;
    }
    setErrors({});
    create.mutate(
      {
        assignmentId,
        body: {
          decidedOn: values.decidedOn,
          description: values.description,
          amountCents,
          decidedBy: values.decidedBy as MandateDecider,
          minutesUrl: values.minutesUrl.trim() === '' ? null : values.minutesUrl.trim(),
        },
      },
      {
        onSuccess: (saved) => {
          const amount = formatEuros(saved.amountCents);
          setOutcome(
            saved.escalated
              ? { kind: 'escalated', message: t('mandates.form.escalated', { amount }) }
              : { kind: 'saved', message: t('mandates.form.saved', { amount }) },
          );
          setValues({ ...EMPTY, decidedOn: values.decidedOn });
        },
        onError: (error) => {
          const problem = error instanceof ApiError ? error.problem : undefined;
          setErrors(fieldErrorsFromProblem(problem));
          setOutcome(
            problem?.code === 'MANDATE_CEILING_PASSED'
              ? {
                  kind: 'refused',
                  // The sentence is the region's own, as its agreement prescribes it: shown verbatim.
                  message: t('mandates.form.refused', {
                    sentence: regionSentence(problem) ?? problemMessage(problem),
                  }),
                }
              : { kind: 'error', message: problemMessage(problem) ?? t('mandates.form.failed') },
          );
        },
      },
    );
  };

  return (
    <FieldIdPrefix.Provider value="mandate-decision">
      <form
        onSubmit={submit}
        noValidate
        className="koers-subsection"
        aria-labelledby="decision-form"
      >
        <Heading3 id="decision-form">{t('mandates.form.title')}</Heading3>
        <TextField
          path="decidedOn"
          type="date"
          label={t('mandates.form.decidedOn')}
          value={values.decidedOn}
          onChange={set('decidedOn')}
          error={errors.decidedOn}
          required
        />
        <TextAreaField
          path="description"
          label={t('mandates.form.description')}
          value={values.description}
          onChange={set('description')}
          error={errors.description}
          required
        />
        <TextField
          path="amountCents"
          label={t('mandates.form.amount')}
          description={t('mandates.form.amountHint')}
          inputMode="decimal"
          width="short"
          value={values.amount}
          onChange={set('amount')}
          error={errors.amountCents}
          required
        />
        <SelectField
          path="decidedBy"
          label={t('mandates.form.decidedBy')}
          value={values.decidedBy}
          onChange={set('decidedBy')}
          options={MANDATE_DECIDERS.map((d) => ({ value: d, label: t(`mandates.deciders.${d}`) }))}
          error={errors.decidedBy}
        />
        <TextField
          path="minutesUrl"
          label={t('mandates.form.minutesUrl')}
          value={values.minutesUrl}
          onChange={set('minutesUrl')}
          error={errors.minutesUrl}
        />
        <Button type="submit" appearance="primary-action-button" busy={create.isPending}>
          {t('mandates.form.submit')}
        </Button>
        {outcome && (
          <Alert
            ref={messageRef}
            tabIndex={-1}
            role={outcome.kind === 'saved' || outcome.kind === 'escalated' ? 'status' : 'alert'}
            type={
              outcome.kind === 'saved' ? 'ok' : outcome.kind === 'escalated' ? 'warning' : 'error'
            }
          >
            <Paragraph>{outcome.message}</Paragraph>
          </Alert>
        )}
      </form>
    </FieldIdPrefix.Provider>
  );
}
