import type { ReportDue } from '@koers/contracts';
import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../config/paths';
import { formatDate } from '../lib/format';

export interface AssignmentReportDue {
  id: string;
  code: string;
  title: string;
  reportDue: ReportDue | null;
}

/**
 * The progress reports a portfolio holder still owes, one per assignment: period, due date and
 * where it stands (late in words, the bureau's comment when returned), each a link to the
 * assignment's progress page. Says so when nothing is owed.
 */
export function ReportsDueList({ assignments }: { assignments: AssignmentReportDue[] }) {
  const { t, i18n } = useTranslation();
  const owed = assignments.flatMap((a) => (a.reportDue ? [{ ...a, due: a.reportDue }] : []));
  if (owed.length === 0) return <Paragraph>{t('reportsDue.empty')}</Paragraph>;
  return (
    <UnorderedList>
      {owed.map(({ id, code, title, due }) => (
        <UnorderedListItem key={id}>
          <Link to={paths.assignmentProgress.url(id)}>
            {t('reportsDue.item', { code, title, period: due.periodTitle })}
          </Link>
          <br />
          {t('reportsDue.dueOn', { date: formatDate(due.dueOn, i18n.language) })}
          {' · '}
          {t(`reportsDue.statuses.${due.status}`)}
          {due.late && (
            <>
              {' · '}
              <strong>{t('reportsDue.late')}</strong>
            </>
          )}
          {due.reviewComment && (
            <>
              <br />
              {t('reportsDue.comment', { comment: due.reviewComment })}
            </>
          )}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}
