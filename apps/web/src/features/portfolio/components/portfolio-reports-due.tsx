import { Heading2 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { ReportsDueList } from '../../../components/reports-due';
import { useMyPortfolio } from '../../../lib/api/get-my-portfolio';

/** The progress reports the portfolio holder still owes, per assignment, at the top of their page. */
export function PortfolioReportsDue() {
  const { t } = useTranslation();
  const portfolio = useMyPortfolio();
  return (
    <section aria-labelledby="portfolio-reports-due" className="koers-section">
      <Heading2 id="portfolio-reports-due">{t('reportsDue.title')}</Heading2>
      <QueryState
        query={portfolio}
        loading={t('reportsDue.loading')}
        failed={t('reportsDue.failed')}
      >
        {(data) => (
          <ReportsDueList
            assignments={data.items.map((item) => ({
              ...item.assignment,
              reportDue: item.reportDue,
            }))}
          />
        )}
      </QueryState>
    </section>
  );
}
