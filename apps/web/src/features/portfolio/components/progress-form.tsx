import {
  ASSIGNMENT_STATUSES,
  type AssignmentResponse,
  type AssignmentStatus,
} from '@koers/contracts';
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { useUpdateAssignmentStatus } from '../api/update-assignment-status';
import { problemMessage } from '../../../lib/problem-message';

type Outcome =
  | { kind: 'saved'; status: AssignmentStatus }
  | { kind: 'conflict'; seen: AssignmentStatus; chosen: AssignmentStatus }
  | { kind: 'error'; message: string }
  | { kind: 'unchanged' };

/** The portfolio holder reports progress: the assignment's status, guarded by its version. */
export function ProgressForm({ assignment }: { assignment: AssignmentResponse }) {
  const { t } = useTranslation();
  const update = useUpdateAssignmentStatus();
  const [chosen, setChosen] = useState<AssignmentStatus>(assignment.status);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const id = `progress-${assignment.id}`;
  const label = (status: AssignmentStatus) => t(`portfolio.statuses.${status}`);

  useEffect(() => {
    if (outcome) messageRef.current?.focus();
  }, [outcome]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen === assignment.status) {
      setOutcome({ kind: 'unchanged' });
      return;
    }
    // The status the user saw when choosing; a 409 says what it became since.
    const seen = assignment.status;
    update.mutate(
      { assignmentId: assignment.id, status: chosen, version: assignment.version },
      {
        onSuccess: (saved) => {
          setOutcome({ kind: 'saved', status: saved.status });
        },
        onError: (error) => {
          if (error instanceof ApiError && error.problem?.code === 'ASSIGNMENT_VERSION_CONFLICT') {
            setOutcome({ kind: 'conflict', seen, chosen });
          } else {
            const detail = error instanceof ApiError ? problemMessage(error.problem) : undefined;
            setOutcome({ kind: 'error', message: detail ?? t('portfolio.progress.failed') });
          }
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="koers-progress-form">
      <FormField>
        <FormLabel htmlFor={id}>
          {t('portfolio.progress.status', { code: assignment.code })}
        </FormLabel>
        <FormFieldDescription id={`${id}-hint`}>
          {t('portfolio.progress.hint')}
        </FormFieldDescription>
        <Select
          id={id}
          aria-describedby={`${id}-hint`}
          value={chosen}
          onChange={(event) => setChosen(event.target.value as AssignmentStatus)}
        >
          {ASSIGNMENT_STATUSES.map((status) => (
            <SelectOption key={status} value={status}>
              {label(status)}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <Button type="submit" appearance="secondary-action-button" busy={update.isPending}>
        {t('portfolio.progress.submit')}
      </Button>
      {outcome && (
        <Alert
          ref={messageRef}
          tabIndex={-1}
          role={outcome.kind === 'saved' ? 'status' : 'alert'}
          type={outcome.kind === 'saved' ? 'ok' : outcome.kind === 'unchanged' ? 'info' : 'error'}
        >
          <Paragraph>
            {outcome.kind === 'saved' &&
              t('portfolio.progress.saved', { status: label(outcome.status) })}
            {outcome.kind === 'unchanged' && t('portfolio.progress.unchanged')}
            {outcome.kind === 'error' && outcome.message}
            {outcome.kind === 'conflict' &&
              t('portfolio.progress.conflict', {
                current: label(assignment.status),
                seen: label(outcome.seen),
                chosen: label(outcome.chosen),
              })}
          </Paragraph>
        </Alert>
      )}
    </form>
  );
}
