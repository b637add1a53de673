import type { AssignmentSummary, ProgrammeStatus } from '@koers/contracts';
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { paths } from '../../../config/paths';
import { formatEuros } from '../../../lib/format';
import { useAssignment } from '../../../lib/api/get-assignment';
import { MandateDetails } from './mandate-details';
import { ProgressForm } from './progress-form';

/** While these hold, a portfolio holder reports progress (the bureau drafts in `draft`). */
const PROGRESS_STATUSES: readonly ProgrammeStatus[] = ['adopted', 'in_execution'];

interface AssignmentCardProps {
  summary: AssignmentSummary;
  programmeStatus: ProgrammeStatus;
  today?: string;
}

/** One assignment the portfolio holder holds: status, budget, mandate and progress report. */
export function AssignmentCard({ summary, programmeStatus, today }: AssignmentCardProps) {
  const { t } = useTranslation();
  const assignment = useAssignment(summary.id);
  const headingId = `assignment-${summary.id}`;

  return (
    <article aria-labelledby={headingId} className="koers-record">
      <Heading3 id={headingId}>
        {t('portfolio.assignmentTitle', { code: summary.code, title: summary.title })}
      </Heading3>
      <QueryState
        query={assignment}
        loading={t('portfolio.assignmentLoading')}
        failed={t('portfolio.assignmentFailed')}
      >
        {(data) => (
          <>
            <dl className="koers-record-facts">
              <dt>{t('portfolio.assignmentStatus')}</dt>
              <dd>{t(`portfolio.statuses.${data.status}`)}</dd>
              <dt>{t('portfolio.budget')}</dt>
              <dd>{formatEuros(data.budgetTotalCents)}</dd>
            </dl>
            <MandateDetails
              mandate={data.mandate}
              headingId={`${headingId}-mandate`}
              today={today}
            />
            {PROGRESS_STATUSES.includes(programmeStatus) ? (
              <ProgressForm assignment={data} />
            ) : (
              <Paragraph>
                {t('portfolio.progress.closed', {
                  status: t(`programmes.statuses.${programmeStatus}`).toLowerCase(),
                })}
              </Paragraph>
            )}
          </>
        )}
      </QueryState>
      <Paragraph>
        <Link to={paths.assignment.url(summary.id)}>
          {t('portfolio.read', { code: summary.code })}
        </Link>
        {' · '}
        <Link to={paths.assignmentHistory.url(summary.id)}>
          {t('portfolio.history', { code: summary.code })}
        </Link>
      </Paragraph>
    </article>
  );
}
