import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAssignment } from '../../lib/api/get-assignment';
import { AuditTrail } from '../../features/history/components/audit-trail';

/** Screen 8b: the audit trail of an assignment, newest first. */
export function AssignmentHistoryRoute() {
  const { t } = useTranslation();
  const assignmentId = useParams().assignmentId ?? '';
  // The trail outlives the assignment: without it (deleted, or still loading) the title is generic.
  const assignment = useAssignment(assignmentId);

  return (
    <>
      <Heading1>
        {assignment.data
          ? t('history.audit.title', { code: assignment.data.code, title: assignment.data.title })
          : t('history.audit.titleFallback')}
      </Heading1>
      <Paragraph lead>{t('history.audit.intro')}</Paragraph>
      <AuditTrail entity="assignment" entityId={assignmentId} />
    </>
  );
}

export default AssignmentHistoryRoute;
