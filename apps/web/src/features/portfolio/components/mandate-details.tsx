import type { Mandate } from '@koers/contracts';
import { Heading4, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatEuros } from '../../../lib/format';
import { daysBetween, nextReportBack, todayIso } from '../lib/report-back';

interface MandateDetailsProps {
  mandate: Mandate;
  headingId: string;
  /** Today as an ISO date; the next report-back date is the first on or after it. */
  today?: string;
}

/** What the portfolio holder may decide without going back: scope, ceiling, term, report-backs. */
export function MandateDetails({ mandate, headingId, today = todayIso() }: MandateDetailsProps) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDate(iso, i18n.language);
  const next = nextReportBack(mandate.reportBackDates, today);
  const dates = [...mandate.reportBackDates].sort();

  const term =
    mandate.validFrom && mandate.validUntil
      ? t('portfolio.mandate.termRange', {
          from: date(mandate.validFrom),
          until: date(mandate.validUntil),
        })
      : mandate.validFrom
        ? t('portfolio.mandate.termFrom', { from: date(mandate.validFrom) })
        : mandate.validUntil
          ? t('portfolio.mandate.termUntil', { until: date(mandate.validUntil) })
          : t('portfolio.mandate.noTerm');

  return (
    <section aria-labelledby={headingId} className="koers-mandate">
      <Heading4 id={headingId}>{t('portfolio.mandate.title')}</Heading4>
      {next && (
        <Paragraph className="koers-mandate__next">
          <strong>
            {t('portfolio.mandate.next', { date: date(next) })} (
            {t('portfolio.mandate.inDays', { count: daysBetween(today, next) })})
          </strong>
        </Paragraph>
      )}
      <dl className="koers-record-facts">
        <dt>{t('portfolio.mandate.scope')}</dt>
        <dd>{mandate.scope || t('portfolio.mandate.noScope')}</dd>
        <dt>{t('portfolio.mandate.ceiling')}</dt>
        <dd>
          {mandate.budgetCeilingCents === null
            ? t('portfolio.mandate.noCeiling')
            : formatEuros(mandate.budgetCeilingCents)}
        </dd>
        <dt>{t('portfolio.mandate.term')}</dt>
        <dd>{term}</dd>
        <dt>{t('portfolio.mandate.reportBack')}</dt>
        <dd>
          {dates.length === 0 ? (
            t('portfolio.mandate.noReportBack')
          ) : (
            <>
              <ul className="koers-bare-list">
                {dates.map((d) => (
                  <li key={d} aria-current={d === next ? 'date' : undefined}>
                    {d === next ? (
                      <strong>
                        {date(d)} ({t('portfolio.mandate.nextBadge')})
                      </strong>
                    ) : (
                      <>
                        {date(d)}
                        {d < today && ` (${t('portfolio.mandate.passed')})`}
                      </>
                    )}
                  </li>
                ))}
              </ul>
              {!next && <span>{t('portfolio.mandate.allPassed')}</span>}
            </>
          )}
        </dd>
        <dt>{t('portfolio.mandate.escalation')}</dt>
        <dd>{mandate.escalation || t('portfolio.mandate.noEscalation')}</dd>
      </dl>
    </section>
  );
}
