import type { MandateDecisionResponse } from '@koers/contracts';
import { Heading3, Link as ExternalLink, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatEuros } from '../../../lib/format';

/** The decisions taken under a mandate, newest first; escalated ones say so in words. */
export function DecisionList({ decisions }: { decisions: MandateDecisionResponse[] }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDate(iso, i18n.language);
  return (
    <section aria-labelledby="mandate-decisions" className="koers-subsection">
      <Heading3 id="mandate-decisions">{t('mandates.decisions.title')}</Heading3>
      {decisions.length === 0 ? (
        <Paragraph>{t('mandates.decisions.empty')}</Paragraph>
      ) : (
        <ul className="koers-bare-list koers-mandate-decisions">
          {decisions.map((d) => (
            <li key={d.id} className="koers-mandate-decision">
              <Paragraph>
                <strong>
                  {date(d.decidedOn)} · {formatEuros(d.amountCents)} ·{' '}
                  {t(`mandates.deciders.${d.decidedBy}`)}
                </strong>
                {d.escalated && <> ({t('mandates.decisions.escalated')})</>}
              </Paragraph>
              <Paragraph>{d.description}</Paragraph>
              <Paragraph small>
                {d.minutesUrl && (
                  <>
                    <ExternalLink href={d.minutesUrl}>
                      {t('mandates.decisions.minutesLink', { date: date(d.decidedOn) })}
                    </ExternalLink>
                    {d.recordedBy && ' · '}
                  </>
                )}
                {d.recordedBy && t('mandates.decisions.recordedBy', { name: d.recordedBy })}
              </Paragraph>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
