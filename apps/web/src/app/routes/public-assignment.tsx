import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useAssignmentOverview } from '../../features/assignments/api/get-assignment-overview';
import { AssignmentRead } from '../../features/assignments/components/read/assignment-read';

/** The public read view of one assignment of an adopted programme, without signing in. */
export function PublicAssignmentRoute() {
  const { t } = useTranslation();
  const assignmentId = useParams().assignmentId ?? '';
  const overview = useAssignmentOverview(assignmentId);
  return (
    <QueryState
      query={overview}
      loading={t('assignmentRead.loading')}
      failed={t('assignmentRead.failed')}
    >
      {(data) => (
        <AssignmentRead
          overview={data}
          backUrl={paths.publicProgramme.url(data.programme.id)}
          readUrl={paths.publicAssignment.url}
        />
      )}
    </QueryState>
  );
}

export default PublicAssignmentRoute;
