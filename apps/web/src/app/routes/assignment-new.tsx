import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { LoadingMessage } from '../../components/layout/loading-message';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { AssignmentForm } from '../../features/assignments/components/assignment-form';
import { LeaveConfirmation, useUnsavedChangesGuard } from '../../components/forms/unsaved-changes';
import { useProgramme } from '../../lib/api/get-programme';
import { LookupsFailed } from './lookups-failed';
import { useAssignmentLookups } from './assignment-lookups';
import type { WorkspaceState } from './programme';

/** A new assignment in a programme; after saving, back to the workspace with an announcement. */
export function AssignmentNewRoute() {
  const { t } = useTranslation();
  const programmeId = useParams().programmeId ?? '';
  const themeId = useSearchParams()[0].get('opgave') ?? undefined;
  const navigate = useNavigate();
  const programme = useProgramme(programmeId);
  const { lookups, failed, retry } = useAssignmentLookups(programme.data);
  const [dirty, setDirty] = useState(false);
  const guard = useUnsavedChangesGuard(dirty);
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);

  return (
    <QueryState query={programme} loading={t('workspace.loading')} failed={t('workspace.failed')}>
      {(data) => (
        <>
          <Paragraph>
            <Link to={paths.programme.url(data.id)}>
              {t('assignments.pages.back', { title: data.title })}
            </Link>
          </Paragraph>
          <Heading1>{t('assignments.pages.newTitle')}</Heading1>
          <LeaveConfirmation blocker={guard.blocker} />
          {failed ? (
            <LookupsFailed onRetry={retry} />
          ) : !lookups ? (
            <LoadingMessage label={t('assignments.pages.lookupsLoading')} />
          ) : (
            <AssignmentForm
              target={{ programmeId: data.id, themeId }}
              programmeStatus={data.status}
              lookups={lookups}
              cancelUrl={paths.programme.url(data.id)}
              onDirtyChange={onDirtyChange}
              onSaved={(saved) => {
                guard.release();
                const state: WorkspaceState = {
                  announcement: t('assignments.pages.saved', {
                    code: saved.code,
                    title: saved.title,
                  }),
                };
                void navigate(paths.programme.url(data.id), { state });
              }}
            />
          )}
        </>
      )}
    </QueryState>
  );
}

export default AssignmentNewRoute;
