import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadingMessage } from '../../components/layout/loading-message';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { LeaveConfirmation, useUnsavedChangesGuard } from '../../components/forms/unsaved-changes';
import { useMe } from '../../features/auth/api/get-me';
import { actsAsBureau } from '../../features/auth/lib/roles';
import { useMunicipalities } from '../../lib/api/get-municipalities';
import { EditProgrammeForm } from '../../features/programmes/components/edit-programme-form';
import { useRegion } from '../../features/regions/api/get-region';
import { useProgramme } from '../../lib/api/get-programme';
import type { WorkspaceState } from './programme';

/** The bureau edits a draft programme's settings; then back to its workspace. */
export function ProgrammeEditRoute() {
  const { t } = useTranslation();
  const programmeId = useParams().programmeId ?? '';
  const navigate = useNavigate();
  const programme = useProgramme(programmeId);
  const region = useRegion(programme.data?.regionId ?? '');
  const municipalities = useMunicipalities(programme.data?.regionId ?? '');
  const me = useMe();
  const [dirty, setDirty] = useState(false);
  const guard = useUnsavedChangesGuard(dirty);
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);

  return (
    <QueryState query={programme} loading={t('workspace.loading')} failed={t('workspace.failed')}>
      {(data) => (
        <>
          <Paragraph>
            <Link to={paths.programme.url(data.id)}>
              {t('programmeEdit.back', { title: data.title })}
            </Link>
          </Paragraph>
          <Heading1>{t('programmeEdit.title')}</Heading1>
          <LeaveConfirmation blocker={guard.blocker} />
          {me.isPending || region.isPending ? (
            <LoadingMessage />
          ) : !actsAsBureau(me.data, data.regionId) ? (
            <Alert type="warning">
              <Paragraph>{t('programmeNew.bureauOnly')}</Paragraph>
            </Alert>
          ) : data.status !== 'draft' ? (
            <Alert type="info">
              <Paragraph>{t('programmeEdit.notDraft')}</Paragraph>
            </Alert>
          ) : municipalities.isPending ? (
            <LoadingMessage />
          ) : region.isError || municipalities.isError ? (
            <Alert type="error">
              <Paragraph>{t('programmeEdit.lookupsFailed')}</Paragraph>
            </Alert>
          ) : (
            <EditProgrammeForm
              programme={data}
              regionWeeks={region.data?.viewWindowWeeks ?? 12}
              regionDefaultKey={region.data?.defaultContributionKey ?? 'per_inhabitant'}
              municipalities={municipalities.data?.items ?? []}
              cancelUrl={paths.programme.url(data.id)}
              onDirtyChange={onDirtyChange}
              onSaved={(saved) => {
                guard.release();
                const state: WorkspaceState = { announcement: t('programmeEdit.saved') };
                void navigate(paths.programme.url(saved.id), { state });
              }}
            />
          )}
        </>
      )}
    </QueryState>
  );
}

export default ProgrammeEditRoute;
