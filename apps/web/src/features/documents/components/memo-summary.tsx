import type { ResponseMemoResponse } from '@koers/contracts';
import { Heading2 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FiguresTable } from '../../../components/figures-table';

/** The summary table of outcomes per council, with the totals. */
export function MemoSummary({ memo }: { memo: ResponseMemoResponse }) {
  const { t } = useTranslation();
  const counts = (r: ResponseMemoResponse['totals']) => [
    String(r.points),
    String(r.adopted),
    String(r.partlyAdopted),
    String(r.notAdopted),
    String(r.unanswered),
  ];
  return (
    <section aria-labelledby="memo-summary-title" className="koers-section">
      <Heading2 id="memo-summary-title">{t('documents.memo.summaryTitle')}</Heading2>
      <FiguresTable
        caption={t('documents.memo.summaryCaption')}
        columns={[
          { header: t('documents.memo.council') },
          { header: t('documents.memo.points'), numeric: true },
          { header: t('councilDecisions.outcomes.adopted'), numeric: true },
          { header: t('councilDecisions.outcomes.partly_adopted'), numeric: true },
          { header: t('councilDecisions.outcomes.not_adopted'), numeric: true },
          { header: t('documents.memo.open'), numeric: true },
        ]}
        rows={memo.summary.map((r) => ({
          key: r.municipality.id,
          header: r.municipality.name,
          cells: counts(r),
        }))}
        footer={{ header: t('documents.memo.total'), cells: counts(memo.totals) }}
      />
    </section>
  );
}
