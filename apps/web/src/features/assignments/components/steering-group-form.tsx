import {
  STEERING_GROUP_ROLES,
  type SteeringGroupRequest,
  type SteeringGroupResponse,
  type SteeringGroupRole,
} from '@koers/contracts';
import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { ConflictAlert } from '../../../components/forms/conflict-alert';
import { parseEuros } from '../../../lib/euro-input';
import { getSteeringGroup } from '../api/get-steering-group';
import { useUpdateSteeringGroup } from '../api/update-steering-group';
import { newKey, removeAt, replaceAt } from '../form/assignment-draft';
import { commitmentDrafts, type MemberDraft, memberDrafts } from '../form/steering-group-draft';
import { fieldErrorsFromProblem, type FieldErrors } from '../form/field-errors';
import { SelectField } from '../../../components/forms/fields';
import { SteeringGroupCommitments } from './steering-group-commitments';
import { ItemActions } from './item-actions';
import type { AssignmentFormLookups } from './section-types';

/** The tailored steering group: members and what their organisations commit. Saved on its own. */
export function SteeringGroupForm({
  group,
  lookups,
  onDirtyChange,
}: {
  group: SteeringGroupResponse;
  lookups: Pick<AssignmentFormLookups, 'people' | 'organisations'>;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const save = useUpdateSteeringGroup(group.assignmentId);
  const [members, setMembers] = useState(() => memberDrafts(group));
  const [commitments, setCommitments] = useState(() => commitmentDrafts(group));
  // The version read; a save against an older one meets a 409 and says so, keeping the drafts.
  const [version, setVersion] = useState(group.version);
  const [conflict, setConflict] = useState<SteeringGroupResponse | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const edit = () => {
    setDirty(true);
    setSaved(false);
  };
  const people = lookups.people.map((p) => ({ value: p.id, label: p.name }));
  const organisations = lookups.organisations.map((o) => ({ value: o.id, label: o.name }));

  const submit = () => {
    const problems: FieldErrors = {};
    members.forEach((m, i) => {
      if (!m.personId) problems[`members.${i}.personId`] = t('assignments.form.errors.required');
    });
    const body: SteeringGroupRequest = {
      members: members.map((m) => ({
        personId: m.personId,
        organisationId: m.organisationId || null,
        role: m.role,
      })),
      commitments: commitments.map((c, i) => {
        const amountCents = c.amount.trim() ? parseEuros(c.amount) : null;
        if (amountCents === null && c.amount.trim())
          problems[`commitments.${i}.amountCents`] = t('assignments.form.errors.euros');
        if (!c.organisationId)
          problems[`commitments.${i}.organisationId`] = t('assignments.form.errors.required');
        const fte = c.fte.trim() ? Number(c.fte.replace(',', '.')) : null;
        if (fte !== null && !Number.isFinite(fte))
          problems[`commitments.${i}.fte`] = t('assignments.form.errors.fte');
        return { organisationId: c.organisationId, description: c.description, amountCents, fte };
      }),
      version,
    };
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    save.mutate(body, {
      onSuccess: (stored) => {
        setVersion(stored.version);
        setDirty(false);
        setSaved(true);
      },
      onError: (error) => {
        if (isConflict(error)) {
          void getSteeringGroup(group.assignmentId).then(setConflict, () => undefined);
        } else if (error instanceof ApiError) setErrors(fieldErrorsFromProblem(error.problem));
      },
    });
  };

  return (
    <section aria-labelledby="steering-group-title" className="koers-section">
      <Heading2 id="steering-group-title">{t('assignments.steering.title')}</Heading2>
      {conflict && (
        <ConflictAlert
          title={t('assignments.steering.conflict')}
          onReload={() => {
            setMembers(memberDrafts(conflict));
            setCommitments(commitmentDrafts(conflict));
            setVersion(conflict.version);
            setConflict(null);
            setDirty(false);
          }}
          onKeepMine={() => {
            setVersion(conflict.version);
            setConflict(null);
          }}
        />
      )}
      <Fieldset>
        <FieldsetLegend>{t('assignments.fields.members')}</FieldsetLegend>
        {members.length === 0 && <Paragraph>{t('assignments.steering.noMembers')}</Paragraph>}
        {members.map((m, i) => {
          const label = t('assignments.steering.memberN', { n: i + 1 });
          const path = (f: string) => `members.${i}.${f}`;
          const set = (patch: Partial<MemberDraft>) => {
            setMembers(replaceAt(members, i, patch));
            edit();
          };
          return (
            <div key={m.key} className="koers-item koers-grid" role="group" aria-label={label}>
              <SelectField
                path={path('personId')}
                label={`${label}: ${t('assignments.fields.person')}`}
                value={m.personId}
                error={errors[path('personId')]}
                emptyLabel={t('assignments.form.choose')}
                options={people}
                onChange={(personId) => set({ personId })}
              />
              <SelectField
                path={path('organisationId')}
                label={`${label}: ${t('assignments.fields.organisation')}`}
                value={m.organisationId}
                error={errors[path('organisationId')]}
                emptyLabel={t('assignments.form.noOrganisation')}
                options={organisations}
                onChange={(organisationId) => set({ organisationId })}
              />
              <SelectField
                path={path('role')}
                label={`${label}: ${t('assignments.fields.role')}`}
                value={m.role}
                error={errors[path('role')]}
                options={STEERING_GROUP_ROLES.map((r) => ({
                  value: r,
                  label: t(`assignments.steering.roles.${r}`),
                }))}
                onChange={(role) => set({ role: role as SteeringGroupRole })}
              />
              <ItemActions
                itemLabel={label}
                index={i}
                count={members.length}
                onRemove={() => {
                  setMembers(removeAt(members, i));
                  edit();
                }}
              />
            </div>
          );
        })}
        <Button
          appearance="secondary-action-button"
          onClick={() => {
            setMembers([
              ...members,
              { key: newKey(), personId: '', organisationId: '', role: 'member' },
            ]);
            edit();
          }}
        >
          {t('assignments.steering.addMember')}
        </Button>
      </Fieldset>
      <SteeringGroupCommitments
        commitments={commitments}
        errors={errors}
        organisations={organisations}
        onChange={(next) => {
          setCommitments(next);
          edit();
        }}
      />
      <div role="status" className="koers-announcement">
        {saved && <Paragraph>{t('assignments.steering.saved')}</Paragraph>}
      </div>
      {save.isError &&
        !isConflict(save.error) &&
        !(save.error instanceof ApiError && save.error.problem?.errors?.length) && (
          <Alert type="error" role="alert">
            <Paragraph>{t('assignments.steering.failed')}</Paragraph>
          </Alert>
        )}
      <Button appearance="primary-action-button" busy={save.isPending} onClick={submit}>
        {t('assignments.steering.save')}
      </Button>
    </section>
  );
}

const isConflict = (error: Error | null) =>
  error instanceof ApiError && error.problem?.code === 'STEERING_GROUP_VERSION_CONFLICT';
