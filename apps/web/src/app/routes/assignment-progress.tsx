import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { useAssignmentProgress } from '../../features/progress-reports/api/get-assignment-progress';
import { AssignmentProgress } from '../../features/progress-reports/components/assignment-progress';

/** An assignment's progress reports: written by its portfolio holder or lead, reviewed by the bureau. */
export function AssignmentProgressRoute() {
  const { t } = useTranslation();
  const assignmentId = useParams().assignmentId ?? '';
  const progress = useAssignmentProgress(assignmentId);
  return (
    <QueryState
      query={progress}
      loading={t('progressReports.loading')}
      failed={t('progressReports.failed')}
    >
      {(data) => <AssignmentProgress progress={data} />}
    </QueryState>
  );
}

export default AssignmentProgressRoute;
