import type { ProgressReportResponse } from '@koers/contracts';
import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldIdPrefix } from '../../../components/forms/field-id';
import { TextAreaField } from '../../../components/forms/fields';
import { useAcceptProgressReport } from '../api/accept-progress-report';
import { useReturnProgressReport } from '../api/return-progress-report';

/** The bureau's review of a submitted report: accept it, or return it with a comment. */
export function ReviewActions({
  assignmentId,
  report,
}: {
  assignmentId: string;
  report: ProgressReportResponse;
}) {
  const { t } = useTranslation();
  const p = (key: string, options?: Record<string, unknown>) =>
    t(`progressReports.${key}`, options);
  const [comment, setComment] = useState('');
  const accept = useAcceptProgressReport();
  const giveBack = useReturnProgressReport();
  const action = { assignmentId, reportId: report.id, version: report.version };
  const error = accept.error ?? giveBack.error;
  return (
    <FieldIdPrefix.Provider value={`review-${report.id}`}>
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          disabled={accept.isPending}
          onClick={() => accept.mutate(action)}
        >
          {p('accept')}
        </Button>
      </ButtonGroup>
      <Fieldset>
        <FieldsetLegend>{p('returnTitle')}</FieldsetLegend>
        <TextAreaField
          path="comment"
          label={p('returnComment')}
          value={comment}
          onChange={setComment}
        />
        <Button
          appearance="secondary-action-button"
          disabled={giveBack.isPending || comment.trim() === ''}
          onClick={() => giveBack.mutate({ ...action, comment })}
        >
          {p('returnSend')}
        </Button>
      </Fieldset>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{p('actionFailed', { detail: error.message })}</Paragraph>
        </Alert>
      )}
    </FieldIdPrefix.Provider>
  );
}
