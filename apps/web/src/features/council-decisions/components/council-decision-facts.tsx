import type { CouncilDecisionResponse } from '@koers/contracts';
import {
  Heading3,
  Link as ExternalLink,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { DeadlineState } from './deadline-state';

/** One council's decision: status, dates, reference and link, and the assignments it declines. */
export function CouncilDecisionFacts({ decision }: { decision: CouncilDecisionResponse }) {
  const { t, i18n } = useTranslation();
  const none = t('councilDecisions.detail.none');
  const date = (iso: string | null) => (iso ? formatDate(iso, i18n.language) : none);
  const rows: [string, ReactNode][] = [
    [t('councilDecisions.detail.status'), t(`councilDecisions.statuses.${decision.status}`)],
    [
      t('councilDecisions.detail.deadlineState'),
      <DeadlineState key="deadline" state={decision.deadlineState} />,
    ],
    [t('councilDecisions.detail.deadline'), date(decision.deadline)],
    [t('councilDecisions.detail.councilMeetingDate'), date(decision.councilMeetingDate)],
    [t('councilDecisions.detail.decisionDate'), date(decision.decisionDate)],
    [t('councilDecisions.detail.reference'), decision.decisionReference || none],
    [
      t('councilDecisions.detail.link'),
      decision.decisionUrl ? (
        <ExternalLink
          key="link"
          href={decision.decisionUrl}
          rel="noopener noreferrer"
          target="_blank"
        >
          {t('councilDecisions.detail.openLink')}
        </ExternalLink>
      ) : (
        none
      ),
    ],
  ];
  return (
    <>
      <dl className="koers-facts">
        {rows.map(([term, value]) => (
          <div key={term} className="koers-facts__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <Heading3>{t('councilDecisions.detail.declinedTitle')}</Heading3>
      {decision.status === 'rejected' ? (
        <Paragraph>{t('councilDecisions.detail.declinedAll')}</Paragraph>
      ) : decision.declinedAssignments.length === 0 ? (
        <Paragraph>{t('councilDecisions.detail.noneDeclined')}</Paragraph>
      ) : (
        <UnorderedList>
          {decision.declinedAssignments.map((a) => (
            <UnorderedListItem key={a.id}>
              {a.code} {a.title}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </>
  );
}
