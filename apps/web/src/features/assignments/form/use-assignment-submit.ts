import type { AssignmentDocument, AssignmentResponse } from '@koers/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { assignmentQueryOptions } from '../../../lib/api/get-assignment';
import { useSaveAssignment } from '../api/save-assignment';
import type { AssignmentDraft } from './assignment-draft';
import { changedFields } from './conflict';
import { draftToDocument } from './draft-to-document';
import { assignmentFieldErrors, type FieldErrors } from './field-errors';
import { problemMessage } from '../../../lib/problem-message';

export type SubmitFailure =
  | { kind: 'fields' }
  | { kind: 'conflict'; current: AssignmentResponse; fields: (keyof AssignmentDocument)[] }
  | { kind: 'notDraft' }
  | { kind: 'other'; message: string };

/**
 * Checks the draft, sends it, and turns every refusal into something the form can show:
 * field errors at their input, a stale version as a conflict with what changed, a programme
 * that left draft as an explanation. The draft itself is never touched here.
 */
export function useAssignmentSubmit(
  target: { programmeId: string } | { base: AssignmentResponse },
  onSaved: (saved: AssignmentResponse) => void,
) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useSaveAssignment();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<SubmitFailure | null>(null);

  /** `amendment`: during the consultation, the view points the change answers. */
  const submit = (draft: AssignmentDraft, amendment?: { answersViewPointIds: string[] }) => {
    if (amendment && amendment.answersViewPointIds.length === 0) {
      setErrors({ answersViewPointIds: t('assignments.amendment.required') });
      setFailure({ kind: 'fields' });
      return;
    }
    const check = draftToDocument(draft);
    if (!check.ok) {
      setErrors(
        Object.fromEntries(
          Object.entries(check.problems).map(([path, p]) => [
            path,
            t(`assignments.form.errors.${p}`),
          ]),
        ),
      );
      setFailure({ kind: 'fields' });
      return;
    }
    setErrors({});
    setFailure(null);
    const input =
      'base' in target
        ? {
            kind: 'update' as const,
            assignmentId: target.base.id,
            body: { ...check.document, ...amendment, version: target.base.version },
          }
        : { kind: 'create' as const, programmeId: target.programmeId, body: check.document };
    save.mutate(input, {
      onSuccess: onSaved,
      onError: (error) => {
        const problem = error instanceof ApiError ? error.problem : undefined;
        const status = error instanceof ApiError ? error.status : 0;
        if (status === 400 && problem?.errors?.length) {
          setErrors(assignmentFieldErrors(problem));
          setFailure({ kind: 'fields' });
        } else if (problem?.code === 'ASSIGNMENT_CODE_TAKEN') {
          setErrors({ code: problemMessage(problem) ?? '' });
          setFailure({ kind: 'fields' });
        } else if (problem?.code === 'PROGRAMME_NOT_DRAFT') {
          setFailure({ kind: 'notDraft' });
        } else if (status === 409 && 'base' in target) {
          const base = target.base;
          queryClient
            .fetchQuery({ ...assignmentQueryOptions(base.id), staleTime: 0 })
            .then((current) =>
              setFailure({ kind: 'conflict', current, fields: changedFields(base, current) }),
            )
            .catch(() =>
              setFailure({
                kind: 'other',
                message: problemMessage(problem) ?? t('errors.generic'),
              }),
            );
        } else {
          setFailure({ kind: 'other', message: problemMessage(problem) ?? t('errors.generic') });
        }
      },
    });
  };

  return {
    submit,
    errors,
    failure,
    isSaving: save.isPending,
    clearFailure: () => setFailure(null),
  };
}
