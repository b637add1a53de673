import { COUNCIL_DECISION_STATUSES, type CouncilDecisionCounts } from '@koers/contracts';
import {
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** How many councils stand where: per status, against the deadline, and the open points. */
export function DecisionCounts({ counts }: { counts: CouncilDecisionCounts }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="decision-counts-title" className="koers-section">
      <Heading2 id="decision-counts-title">{t('councilDecisions.matrix.countsTitle')}</Heading2>
      <Paragraph>
        {t('councilDecisions.matrix.responded', {
          responded: counts.responded,
          total: counts.total,
        })}{' '}
        {t('councilDecisions.matrix.byDeadline', counts.byDeadlineState)}{' '}
        {t('councilDecisions.matrix.viewPoints', {
          count: counts.viewPoints,
          unanswered: counts.unansweredViewPoints,
        })}
      </Paragraph>
      <UnorderedList className="koers-counts">
        {COUNCIL_DECISION_STATUSES.map((status) => (
          <UnorderedListItem key={status}>
            {t(`councilDecisions.statuses.${status}`)}: <strong>{counts.byStatus[status]}</strong>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}
