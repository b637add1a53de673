import { useQuery } from '@tanstack/react-query';
import { Paragraph } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { MoneyWarnings } from '../../components/money-warnings';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { PUBLISHED_STATUSES } from '@koers/domain';
import { ProgrammeDownloads } from '../../features/exports/components/programme-downloads';
import { AssignmentWorkspace } from '../../features/assignments/components/assignment-workspace';
import { useMe } from '../../features/auth/api/get-me';
import { rolesIn } from '../../features/auth/lib/roles';
import { municipalitiesQueryOptions } from '../../lib/api/get-municipalities';
import { usePeople } from '../../features/people/api/get-people';
import { useProgramme } from '../../lib/api/get-programme';
import { ProgrammeHeader } from '../../features/programmes/components/programme-header';
import { ProgrammeTotals } from '../../features/programmes/components/programme-totals';
import { BestuursrapportageLinks } from '../../features/documents/components/bestuursrapportage/bestuursrapportage-links';
import { themesQueryOptions } from '../../features/themes/api/get-themes';

/** Where an editing screen leaves a sentence to announce once the workspace is back. */
export interface WorkspaceState {
  announcement?: string;
}

/** The bureau's programme workspace: assignments by theme with filters, and the totals. */
export function ProgrammeRoute() {
  const { t } = useTranslation();
  const programmeId = useParams().programmeId ?? '';
  const announcement = (useLocation().state as WorkspaceState | null)?.announcement;
  const programme = useProgramme(programmeId);
  const regionId = programme.data?.regionId ?? '';
  const me = useMe();
  const enabled = regionId !== '';
  const themes = useQuery({ ...themesQueryOptions(regionId), enabled });
  const people = usePeople(regionId);
  const municipalities = useQuery({ ...municipalitiesQueryOptions(regionId), enabled });

  const roles = rolesIn(me.data, regionId);
  const canEdit = roles.includes('bureau') || roles.includes('admin');

  useEffect(() => {
    if (announcement && programme.data) document.getElementById('programme-title')?.focus();
  }, [announcement, programme.data]);

  return (
    <QueryState query={programme} loading={t('workspace.loading')} failed={t('workspace.failed')}>
      {(data) => (
        <>
          <ProgrammeHeader
            programme={data}
            links={[
              { label: t('workspace.links.assignments'), url: paths.programme.url(data.id) },
              {
                label: t('workspace.links.lifecycle'),
                url: paths.programmeLifecycle.url(data.id),
              },
              { label: t('workspace.links.ratification'), url: paths.ratification.url(data.id) },
              { label: t('documents.memo.link'), url: paths.responseMemo.url(data.id) },
              { label: t('workspace.links.history'), url: paths.programmeHistory.url(data.id) },
              { label: t('workspace.links.log'), url: paths.programmeLog.url(data.id) },
              ...(data.status === 'in_execution' || data.status === 'closed'
                ? [
                    {
                      label: t('progressReports.overview.link'),
                      url: paths.programmeProgress.url(data.id),
                    },
                  ]
                : []),
            ]}
          />
          <div role="status" className="koers-announcement">
            {announcement && <Paragraph>{announcement}</Paragraph>}
          </div>
          <MoneyWarnings programme={data} canFix={canEdit} />
          {canEdit && data.status === 'draft' && (
            <Paragraph>
              <Link
                to={paths.assignmentNew.url(data.id)}
                className="utrecht-button utrecht-button--primary-action koers-button-link"
              >
                {t('assignments.pages.newButton')}
              </Link>{' '}
              <Link
                to={paths.programmeEdit.url(data.id)}
                className="utrecht-button utrecht-button--secondary-action koers-button-link"
              >
                {t('programmeEdit.button')}
              </Link>{' '}
              <Link
                to={paths.programmeImport.url(data.id)}
                className="utrecht-button utrecht-button--secondary-action koers-button-link"
              >
                {t('imports.title')}
              </Link>
            </Paragraph>
          )}
          <QueryState
            query={themes}
            loading={t('assignments.pages.lookupsLoading')}
            failed={t('assignments.pages.lookupsFailed')}
          >
            {(themePage) => (
              <AssignmentWorkspace
                programmeId={data.id}
                themes={themePage.items}
                people={people.data?.items ?? []}
                municipalities={municipalities.data?.items ?? []}
                editUrl={canEdit ? paths.assignmentEdit.url : undefined}
                readUrl={paths.assignment.url}
              />
            )}
          </QueryState>
          <ProgrammeTotals totals={data.totals} />
          <BestuursrapportageLinks programmeId={programmeId} status={data.status} />
          <ProgrammeDownloads
            programmeId={data.id}
            concept={!PUBLISHED_STATUSES.includes(data.status)}
          />
        </>
      )}
    </QueryState>
  );
}

export default ProgrammeRoute;
