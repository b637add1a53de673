import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadingMessage } from '../../components/layout/loading-message';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { LeaveConfirmation, useUnsavedChangesGuard } from '../../components/forms/unsaved-changes';
import { useMe } from '../../features/auth/api/get-me';
import { actsAsBureau } from '../../features/auth/lib/roles';
import { useProgrammes } from '../../lib/api/get-programmes';
import type { StartedProgramme } from '../../features/programmes/api/create-programme';
import { NewProgrammeForm } from '../../features/programmes/components/new-programme-form';
import { useRegion } from '../../features/regions/api/get-region';
import type { WorkspaceState } from './programme';

/** What the workspace says when it opens on the new programme. */
function announce(t: TFunction, { programme, copy }: StartedProgramme): string {
  const year = programme.year;
  if (copy && 'failed' in copy) {
    return t('programmeNew.createdCopyFailed', { year, from: copy.from, message: copy.failed });
  }
  if (copy && copy.copiedCount > 0) {
    return t('programmeNew.createdWithCopies', { year, from: copy.from, count: copy.copiedCount });
  }
  return t('programmeNew.created', { year });
}

/** The bureau starts a region's programme for a new year; then on to its workspace. */
export function ProgrammeNewRoute() {
  const { t } = useTranslation();
  const regionId = useParams().regionId ?? '';
  const navigate = useNavigate();
  const region = useRegion(regionId);
  const programmes = useProgrammes(regionId);
  const me = useMe();
  const [dirty, setDirty] = useState(false);
  const guard = useUnsavedChangesGuard(dirty);
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);

  return (
    <QueryState query={region} loading={t('region.loading')} failed={t('region.failed')}>
      {(data) => (
        <>
          <Paragraph>
            <Link to={paths.region.url(data.id)}>
              {t('programmeNew.back', { region: data.name })}
            </Link>
          </Paragraph>
          <Heading1>{t('programmeNew.title')}</Heading1>
          <Paragraph lead>{t('programmeNew.intro')}</Paragraph>
          <LeaveConfirmation blocker={guard.blocker} />
          {me.isPending ? (
            <LoadingMessage />
          ) : !actsAsBureau(me.data, data.id) ? (
            <Alert type="warning">
              <Paragraph>{t('programmeNew.bureauOnly')}</Paragraph>
            </Alert>
          ) : (
            <QueryState
              query={programmes}
              loading={t('programmes.loading')}
              failed={t('programmes.failed')}
            >
              {(page) => (
                <NewProgrammeForm
                  region={data}
                  programmes={page.items}
                  cancelUrl={paths.region.url(data.id)}
                  onDirtyChange={onDirtyChange}
                  onCreated={(started) => {
                    guard.release();
                    const state: WorkspaceState = { announcement: announce(t, started) };
                    void navigate(paths.programme.url(started.programme.id), { state });
                  }}
                />
              )}
            </QueryState>
          )}
        </>
      )}
    </QueryState>
  );
}

export default ProgrammeNewRoute;
