import type { StartAssignment } from '@koers/contracts';
import {
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MandateAlertList } from '../../../components/mandate-alert-list';
import { MandateUseBar } from '../../../components/mandate-use-bar';
import { ReportsDueList } from '../../../components/reports-due';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/format';

/**
 * The assignments a portfolio holder holds, each with its next report-back, what is used of its
 * mandate (bar and figures) and its alerts, and the progress reports they still owe.
 */
export function PortfolioStart({ assignments }: { assignments: StartAssignment[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="start-portfolio" className="koers-section">
      <Heading2 id="start-portfolio">{t('start.portfolio.title')}</Heading2>
      {assignments.length === 0 ? (
        <Paragraph>{t('start.portfolio.empty')}</Paragraph>
      ) : (
        <UnorderedList>
          {assignments.map((a) => (
            <UnorderedListItem key={a.id}>
              <Link to={paths.assignment.url(a.id)}>
                {t('start.portfolio.assignment', { code: a.code, title: a.title, year: a.year })}
              </Link>
              <br />
              {a.mandate.nextReportBack
                ? t('start.portfolio.nextReportBack', {
                    date: formatDate(a.mandate.nextReportBack, i18n.language),
                  })
                : t('start.portfolio.noReportBack')}
              {(a.mandate.ceilingCents !== null || a.mandate.usedCents > 0) && (
                <MandateUseBar use={a.mandate} />
              )}
              <MandateAlertList alerts={a.mandate.alerts} />
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <Paragraph>
        <Link to={paths.myAssignments.url()}>{t('start.portfolio.all')}</Link>
      </Paragraph>
      {assignments.length > 0 && (
        <div className="koers-start-item">
          <Heading3 id="start-reports-due">{t('reportsDue.title')}</Heading3>
          <ReportsDueList assignments={assignments} />
        </div>
      )}
    </section>
  );
}
