import type { AssignmentOverviewResponse } from '@koers/contracts';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReadGoal } from './read-goal';
import { ReadGovernance } from './read-governance';
import { ReadMoney } from './read-money';
import { ReadParticipation } from './read-participation';

export interface AssignmentReadProps {
  overview: AssignmentOverviewResponse;
  /** Where "back" goes: the programme page, or its public page. */
  backUrl: string;
  /** The read page of another assignment (same audience). */
  readUrl: (assignmentId: string) => string;
  /** Given for the bureau only. */
  editUrl?: string;
  historyUrl?: string;
  /** A council clerk's own municipality's share, placed right after the money. */
  share?: ReactNode;
}

/**
 * One assignment, read-only, for everyone who may see it: the board, portfolio holders,
 * observers, council clerks and, after adoption, the public. Headings in order; figures in
 * tables with header cells, facts in definition lists.
 */
export function AssignmentRead(props: AssignmentReadProps) {
  const { overview } = props;
  const { t } = useTranslation();
  const { assignment, programme } = overview;
  return (
    <article aria-labelledby="read-title">
      <Paragraph>
        <Link to={props.backUrl}>{t('assignmentRead.back', { title: programme.title })}</Link>
        {props.historyUrl && (
          <>
            {' · '}
            <Link to={props.historyUrl}>{t('assignmentRead.history')}</Link>
          </>
        )}
      </Paragraph>
      <Heading1 id="read-title">
        {t('assignmentRead.title', { code: assignment.code, title: assignment.title })}
      </Heading1>
      <Paragraph lead>
        {t('assignmentRead.context', {
          programme: programme.title,
          year: programme.year,
          status: t(`programmes.statuses.${programme.status}`),
          theme: overview.theme.name || t('assignmentRead.unknownName'),
        })}
      </Paragraph>
      <dl className="koers-record-facts">
        <div>
          <dt>{t('assignmentRead.status')}</dt>
          <dd>{t(`assignments.statuses.${assignment.status}`)}</dd>
        </div>
        <div>
          <dt>{t('assignmentRead.priority')}</dt>
          <dd>{t('assignmentRead.priorityValue', { priority: assignment.priority })}</dd>
        </div>
      </dl>
      {props.editUrl && (
        <Paragraph>
          <Link
            to={props.editUrl}
            className="utrecht-button utrecht-button--secondary-action koers-button-link"
          >
            {t('assignmentRead.edit')}
          </Link>
        </Paragraph>
      )}
      <ReadGoal assignment={assignment} />
      <ReadMoney overview={overview} />
      {props.share}
      <ReadGovernance overview={overview} />
      <ReadParticipation overview={overview} readUrl={props.readUrl} />
    </article>
  );
}
