import type { PortfolioItem } from '@koers/contracts';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MandateAlertList } from '../../../components/mandate-alert-list';
import { MandateUseBar } from '../../../components/mandate-use-bar';
import { QueryState } from '../../../components/query-state';
import { paths } from '../../../config/paths';
import { useMyPortfolio } from '../../../lib/api/get-my-portfolio';
import { formatDate } from '../../../lib/format';

/** Programmes whose mandates run: adopted and in execution. Drafts have no decisions to track. */
const RUNNING = new Set(['adopted', 'in_execution']);

/**
 * The portfolio holder's mandates at a glance: per assignment of a running programme, the use
 * of its ceiling (bar and figures), the term, the next report-back and the alerts.
 */
export function PortfolioSummary() {
  const { t } = useTranslation();
  const portfolio = useMyPortfolio();
  return (
    <section aria-labelledby="portfolio-mandates" className="koers-section">
      <Heading2 id="portfolio-mandates">{t('portfolio.mandates.title')}</Heading2>
      <QueryState
        query={portfolio}
        loading={t('portfolio.mandates.loading')}
        failed={t('portfolio.mandates.failed')}
        empty={{
          when: (data) => !data.items.some((i) => RUNNING.has(i.programme.status)),
          message: t('portfolio.mandates.empty'),
        }}
      >
        {(data) => (
          <ul className="koers-bare-list koers-portfolio-mandates">
            {data.items
              .filter((i) => RUNNING.has(i.programme.status))
              .map((item) => (
                <PortfolioCard key={item.assignment.id} item={item} />
              ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}

function PortfolioCard({ item }: { item: PortfolioItem }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDate(iso, i18n.language);
  const headingId = `mandate-${item.assignment.id}`;
  return (
    <li className="koers-record" aria-labelledby={headingId}>
      <Heading3 id={headingId}>
        <Link to={paths.assignment.url(item.assignment.id)}>
          {t('portfolio.assignmentTitle', item.assignment)}
        </Link>
      </Heading3>
      <Paragraph small>
        {t('portfolio.programmeTitle', { title: item.programme.title, year: item.programme.year })}
      </Paragraph>
      <MandateUseBar use={item} />
      <dl className="koers-record-facts">
        <div>
          <dt>{t('portfolio.mandates.termEnd')}</dt>
          <dd>{item.validUntil ? date(item.validUntil) : t('portfolio.mandates.noTermEnd')}</dd>
        </div>
        <div>
          <dt>{t('portfolio.mandates.nextReportBack')}</dt>
          <dd>
            {item.nextReportBack
              ? date(item.nextReportBack)
              : t('portfolio.mandates.noNextReportBack')}
          </dd>
        </div>
      </dl>
      <MandateAlertList alerts={item.alerts} />
    </li>
  );
}
