import type { CouncilDecisionResponse } from '@koers/contracts';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FiguresTable } from '../../../components/figures-table';
import { formatDate, formatEuroChange, formatEuros } from '../../../lib/format';

/**
 * What the municipality was to pay when its council decided, beside what it pays now, in total
 * and per assignment: a council sees when its amount moved after it decided (another council
 * declined, the bureau changed a budget). Nothing is recalculated silently.
 */
export function AmountSinceDecision({
  decision,
  titles,
}: {
  decision: Pick<
    CouncilDecisionResponse,
    | 'decisionDate'
    | 'shownContribution'
    | 'amountChangedSinceDecision'
    | 'contributionSinceDecision'
  >;
  /** Assignment titles by id, to name the rows. */
  titles: Record<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const change = (cents: number) =>
    cents === 0 ? '—' : <span className="koers-nowrap">{formatEuroChange(cents)}</span>;
  const since = decision.contributionSinceDecision;
  const shown = decision.shownContribution;
  if (!shown) return null;
  const when = decision.decisionDate
    ? formatDate(decision.decisionDate, i18n.language)
    : formatDate(shown.shownAt.slice(0, 10), i18n.language);

  return (
    <section aria-labelledby="since-decision-title" className="koers-section">
      <Heading2 id="since-decision-title">{t('councilMoney.since.title')}</Heading2>
      {!since ? (
        <Paragraph>
          {t('councilMoney.since.thenOnly', { date: when, amount: formatEuros(shown.totalCents) })}
        </Paragraph>
      ) : (
        <>
          {decision.amountChangedSinceDecision ? (
            <Alert type="warning">
              <Paragraph>
                <strong>
                  {t('councilMoney.since.changed', {
                    difference: formatEuroChange(since.differenceCents),
                  })}
                </strong>{' '}
                {t('councilMoney.since.changedExplained', {
                  date: when,
                  then: formatEuros(since.thenCents),
                  now: formatEuros(since.nowCents),
                })}
              </Paragraph>
            </Alert>
          ) : (
            <Paragraph>{t('councilMoney.since.unchanged', { date: when })}</Paragraph>
          )}
          <FiguresTable
            caption={t('councilMoney.since.caption', { date: when })}
            columns={[
              { header: t('councilMoney.since.assignment') },
              { header: t('councilMoney.since.then', { date: when }), numeric: true },
              { header: t('councilMoney.since.now'), numeric: true },
              { header: t('councilMoney.since.difference'), numeric: true },
            ]}
            rows={since.byAssignment.map((a) => ({
              key: a.assignmentId,
              header: `${a.code} ${titles[a.assignmentId] ?? ''}`.trim(),
              cells: [formatEuros(a.thenCents), formatEuros(a.nowCents), change(a.differenceCents)],
            }))}
            footer={{
              header: t('councilMoney.since.total'),
              cells: [
                formatEuros(since.thenCents),
                formatEuros(since.nowCents),
                change(since.differenceCents),
              ],
            }}
          />
        </>
      )}
    </section>
  );
}
