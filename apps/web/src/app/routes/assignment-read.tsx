import { PUBLISHED_STATUSES } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useAssignmentOverview } from '../../features/assignments/api/get-assignment-overview';
import { AssignmentRead } from '../../features/assignments/components/read/assignment-read';
import { MunicipalityShareSection } from '../../features/assignments/components/read/municipality-share-section';
import { municipalityShare } from '../../features/assignments/lib/municipality-share';
import { useMe } from '../../features/auth/api/get-me';
import { councilGrant, rolesIn } from '../../features/auth/lib/roles';
import { municipalitySummaryQueryOptions } from '../../features/council-decisions/api/get-municipality-summary';
import { MandateSection } from '../../features/mandates/components/mandate-section';

/**
 * One assignment, read-only, for every role that may see it (the API decides who may: a council
 * only once the programme is sent to it). A council clerk also reads their municipality's share.
 */
export function AssignmentReadRoute() {
  const { t } = useTranslation();
  const assignmentId = useParams().assignmentId ?? '';
  const overview = useAssignmentOverview(assignmentId);
  const me = useMe();
  const regionId = overview.data?.assignment.regionId ?? '';
  const programmeId = overview.data?.programme.id ?? '';
  const roles = rolesIn(me.data, regionId);
  const council = councilGrant(me.data, regionId);
  const municipalityId = council?.municipalityId ?? '';
  const summary = useQuery({
    ...municipalitySummaryQueryOptions(programmeId, municipalityId),
    enabled: programmeId !== '' && municipalityId !== '',
  });
  const mayEdit = roles.includes('bureau') || roles.includes('admin');
  const holdsIt = (me.data?.roles ?? []).some(
    (r) =>
      r.regionId === regionId &&
      r.role === 'portfolio_holder' &&
      r.personId !== null &&
      r.personId === overview.data?.assignment.portfolioHolderId,
  );
  // The mandate in execution: for the region's roles; a council once the programme is adopted.
  const status = overview.data?.programme.status ?? 'draft';
  const seesMandate =
    roles.length > 0 && (roles.some((r) => r !== 'council') || PUBLISHED_STATUSES.includes(status));

  return (
    <QueryState
      query={overview}
      loading={t('assignmentRead.loading')}
      failed={t('assignmentRead.failed')}
    >
      {(data) => (
        <>
          <AssignmentRead
            overview={data}
            backUrl={
              roles.length > 0
                ? paths.programme.url(data.programme.id)
                : paths.publicProgramme.url(data.programme.id)
            }
            readUrl={paths.assignment.url}
            editUrl={mayEdit ? paths.assignmentEdit.url(data.assignment.id) : undefined}
            historyUrl={
              roles.length > 0 ? paths.assignmentHistory.url(data.assignment.id) : undefined
            }
            share={
              municipalityId !== '' && (
                <QueryState
                  query={summary}
                  loading={t('assignmentRead.share.loading')}
                  failed={t('assignmentRead.share.failed')}
                >
                  {(s) => (
                    <MunicipalityShareSection
                      share={municipalityShare(s, data)}
                      councilPageUrl={paths.councilView.url(data.programme.id, municipalityId)}
                    />
                  )}
                </QueryState>
              )
            }
          />
          {roles.length > 0 && ['in_execution', 'closed'].includes(data.programme.status) && (
            <Paragraph>
              <Link to={paths.assignmentProgress.url(data.assignment.id)}>
                {t('progressReports.linkFromAssignment')}
              </Link>
            </Paragraph>
          )}
          {seesMandate && (
            <MandateSection assignmentId={data.assignment.id} mayWrite={mayEdit || holdsIt} />
          )}
        </>
      )}
    </QueryState>
  );
}

export default AssignmentReadRoute;
