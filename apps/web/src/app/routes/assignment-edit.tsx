import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadingMessage } from '../../components/layout/loading-message';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useAssignment } from '../../lib/api/get-assignment';
import { useMe } from '../../features/auth/api/get-me';
import { actsAsBureau, rolesIn } from '../../features/auth/lib/roles';
import { EditOnlyBureau } from '../../features/assignments/components/read/edit-only-bureau';
import { useSteeringGroup } from '../../features/assignments/api/get-steering-group';
import { AssignmentForm } from '../../features/assignments/components/assignment-form';
import { SteeringGroupForm } from '../../features/assignments/components/steering-group-form';
import { LeaveConfirmation, useUnsavedChangesGuard } from '../../components/forms/unsaved-changes';
import { useProgramme } from '../../lib/api/get-programme';
import { useViews } from '../../features/council-decisions/api/get-views';
import { useAssignmentLookups } from './assignment-lookups';
import { LookupsFailed } from './lookups-failed';
import type { WorkspaceState } from './programme';

/** Edits one assignment, and its steering group in a section with its own save. */
export function AssignmentEditRoute() {
  const { t } = useTranslation();
  const assignmentId = useParams().assignmentId ?? '';
  const navigate = useNavigate();
  const assignment = useAssignment(assignmentId);
  const me = useMe();
  const programme = useProgramme(assignment.data?.programmeId ?? '');
  const steeringGroup = useSteeringGroup(assignmentId);
  // During the consultation a change is an amendment answering this round's view points.
  const inConsultation = programme.data?.status === 'consultation';
  const views = useViews(inConsultation ? (programme.data?.id ?? '') : '');
  const { lookups, failed, retry } = useAssignmentLookups(programme.data, assignmentId);
  const [dirty, setDirty] = useState({ assignment: false, steering: false });
  const guard = useUnsavedChangesGuard(dirty.assignment || dirty.steering);
  const onAssignmentDirty = useCallback(
    (value: boolean) => setDirty((d) => ({ ...d, assignment: value })),
    [],
  );
  const onSteeringDirty = useCallback(
    (value: boolean) => setDirty((d) => ({ ...d, steering: value })),
    [],
  );

  return (
    <QueryState
      query={assignment}
      loading={t('assignments.pages.loading')}
      failed={t('assignments.pages.failed')}
    >
      {(current) =>
        me.isPending ? (
          <LoadingMessage label={t('assignments.pages.loading')} />
        ) : !actsAsBureau(me.data, current.regionId) &&
          !rolesIn(me.data, current.regionId).includes('admin') ? (
          <EditOnlyBureau code={current.code} readUrl={paths.assignment.url(current.id)} />
        ) : (
          <QueryState
            query={programme}
            loading={t('workspace.loading')}
            failed={t('workspace.failed')}
          >
            {(programmeData) => (
              <>
                <Paragraph>
                  <Link to={paths.programme.url(programmeData.id)}>
                    {t('assignments.pages.back', { title: programmeData.title })}
                  </Link>
                  {' · '}
                  <Link to={paths.assignmentHistory.url(current.id)}>
                    {t('assignments.pages.history')}
                  </Link>
                  {' · '}
                  <Link to={paths.assignment.url(current.id)}>
                    {t('assignmentRead.editOnlyBureau.read', { code: current.code })}
                  </Link>
                </Paragraph>
                <Heading1>{t('assignments.pages.editTitle', { code: current.code })}</Heading1>
                <LeaveConfirmation blocker={guard.blocker} />
                {failed ? (
                  <LookupsFailed onRetry={retry} />
                ) : !lookups ? (
                  <LoadingMessage label={t('assignments.pages.lookupsLoading')} />
                ) : (
                  <>
                    <AssignmentForm
                      key={current.id}
                      target={{ assignment: current }}
                      programmeStatus={programmeData.status}
                      amendment={
                        inConsultation && views.data ? { points: views.data.items } : undefined
                      }
                      lookups={lookups}
                      cancelUrl={paths.programme.url(programmeData.id)}
                      onDirtyChange={onAssignmentDirty}
                      onSaved={(saved) => {
                        guard.release();
                        const state: WorkspaceState = {
                          announcement: t('assignments.pages.saved', {
                            code: saved.code,
                            title: saved.title,
                          }),
                        };
                        void navigate(paths.programme.url(programmeData.id), { state });
                      }}
                    />
                    <QueryState
                      query={steeringGroup}
                      loading={t('assignments.steering.loading')}
                      failed={t('assignments.steering.loadFailed')}
                    >
                      {(group) => (
                        <SteeringGroupForm
                          group={group}
                          lookups={lookups}
                          onDirtyChange={onSteeringDirty}
                        />
                      )}
                    </QueryState>
                  </>
                )}
              </>
            )}
          </QueryState>
        )
      }
    </QueryState>
  );
}

export default AssignmentEditRoute;
