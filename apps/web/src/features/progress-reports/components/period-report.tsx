import type {
  AssignmentProgressResponse,
  ProgressReportResponse,
  ReportingPeriodResponse,
} from '@koers/contracts';
import { isReportEditable, isReportReviewable } from '@koers/domain';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { useSubmitProgressReport } from '../api/submit-progress-report';
import { ReportForm } from './report-form';
import { ReportView } from './report-view';
import { ReviewActions } from './review-actions';

/** One reporting period of an assignment: its report (or none), and what the user may do with it. */
export function PeriodReport(props: {
  progress: AssignmentProgressResponse;
  period: ReportingPeriodResponse;
  report: ProgressReportResponse | null;
}) {
  const { progress, period, report } = props;
  const { t, i18n } = useTranslation();
  const p = (key: string, options?: Record<string, unknown>) =>
    t(`progressReports.${key}`, options);
  const [editing, setEditing] = useState(false);
  const submit = useSubmitProgressReport();
  const headingId = `period-${period.id}`;
  const editable = progress.mayWrite && (!report || isReportEditable(report.state));
  const failed = submit.error?.message;

  return (
    <section aria-labelledby={headingId} className="koers-record">
      <Heading2 id={headingId}>{period.title}</Heading2>
      <Paragraph small>
        {p('periodDates', {
          dataUntil: formatDate(period.dataUntil, i18n.language),
          dueOn: formatDate(period.dueOn, i18n.language),
        })}
      </Paragraph>
      <Paragraph>
        <strong>{p(`states.${report?.state ?? 'missing'}`)}</strong>
        {(!report || isReportEditable(report.state)) && period.state !== 'open' && (
          <> · {p(`periodStates.${period.state}`)}</>
        )}
      </Paragraph>
      {report?.state === 'returned' && report.reviewComment && (
        <Alert type="warning">
          <Paragraph>
            {p('returned', { by: report.reviewedBy, comment: report.reviewComment })}
          </Paragraph>
        </Alert>
      )}
      {report?.state === 'submitted' && (
        <Paragraph>{p('submittedBy', { by: report.submittedBy })}</Paragraph>
      )}
      {report?.state === 'accepted' && (
        <Paragraph>{p('accepted', { by: report.reviewedBy })}</Paragraph>
      )}
      {editing ? (
        <ReportForm
          progress={progress}
          period={period}
          report={report}
          onDone={() => setEditing(false)}
        />
      ) : (
        <>
          {report ? <ReportView report={report} /> : <Paragraph>{p('noReport')}</Paragraph>}
          {editable && (
            <ButtonGroup>
              <Button
                appearance={report ? 'secondary-action-button' : 'primary-action-button'}
                onClick={() => setEditing(true)}
              >
                {p(report ? 'edit' : 'write')}
              </Button>
              {report && (
                <Button
                  appearance="primary-action-button"
                  disabled={submit.isPending}
                  onClick={() =>
                    submit.mutate({
                      assignmentId: progress.assignmentId,
                      reportId: report.id,
                      version: report.version,
                    })
                  }
                >
                  {p('submit')}
                </Button>
              )}
            </ButtonGroup>
          )}
          {failed && (
            <Alert type="error" role="alert">
              <Paragraph>{p('actionFailed', { detail: failed })}</Paragraph>
            </Alert>
          )}
          {report && progress.mayReview && isReportReviewable(report.state) && (
            <ReviewActions assignmentId={progress.assignmentId} report={report} />
          )}
        </>
      )}
    </section>
  );
}
