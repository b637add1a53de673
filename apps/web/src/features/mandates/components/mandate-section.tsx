import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { MandateAlertList } from '../../../components/mandate-alert-list';
import { MandateUseBar } from '../../../components/mandate-use-bar';
import { QueryState } from '../../../components/query-state';
import { formatDate } from '../../../lib/format';
import { useMandate } from '../api/get-mandate';
import { AccountSection } from './account-section';
import { DecisionForm } from './decision-form';
import { DecisionList } from './decision-list';

/**
 * The mandate of an assignment in execution: what is used of its ceiling (bar and figures), its
 * alerts, the decisions taken under it and the accounts given; forms for those who may write.
 */
export function MandateSection({
  assignmentId,
  mayWrite,
}: {
  assignmentId: string;
  mayWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  const mandate = useMandate(assignmentId);
  const date = (iso: string) => formatDate(iso, i18n.language);
  return (
    <section aria-labelledby="mandate-use-title" className="koers-section">
      <Heading2 id="mandate-use-title">{t('mandates.title')}</Heading2>
      <QueryState query={mandate} loading={t('mandates.loading')} failed={t('mandates.failed')}>
        {(m) => (
          <>
            <MandateUseBar use={m} />
            <MandateAlertList alerts={m.alerts} />
            <dl className="koers-record-facts">
              <div>
                <dt>{t('mandates.term')}</dt>
                <dd>
                  {m.validUntil
                    ? t('mandates.termUntil', { date: date(m.validUntil) })
                    : t('mandates.noTerm')}
                </dd>
              </div>
              <div>
                <dt>{t('mandates.nextReportBack')}</dt>
                <dd>
                  {m.nextReportBack ? date(m.nextReportBack) : t('mandates.noNextReportBack')}
                </dd>
              </div>
            </dl>
            <Paragraph small>{t(`mandates.rule.${m.overrunRule}`)}</Paragraph>
            <DecisionList decisions={m.decisions} />
            {mayWrite && <DecisionForm assignmentId={assignmentId} today={m.today} />}
            <AccountSection mandate={m} mayWrite={mayWrite} />
          </>
        )}
      </QueryState>
    </section>
  );
}
