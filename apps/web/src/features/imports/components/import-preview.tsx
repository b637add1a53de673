import type { ImportProblem, ImportResult, ImportRow } from '@koers/contracts';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FiguresTable } from '../../../components/figures-table';
import { formatEuros } from '../../../lib/format';

/** A problem in the reader's language: the API's Dutch sentence, or the same from its code. */
function ProblemSentence({ problem }: { problem: ImportProblem }) {
  const { t, i18n } = useTranslation();
  if (i18n.language.startsWith('nl')) return <>{problem.message}</>;
  return <>{t(`imports.problem.${problem.code}`, { ...problem.params })}</>;
}

function RowsTable({ caption, rows }: { caption: string; rows: ImportRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <FiguresTable
      caption={caption}
      columns={[
        { header: t('imports.columns.code') },
        { header: t('imports.columns.row'), numeric: true },
        { header: t('imports.columns.title') },
        { header: t('imports.columns.theme') },
        { header: t('imports.columns.budgetLines'), numeric: true },
        { header: t('imports.columns.budgetTotal'), numeric: true },
        { header: t('imports.columns.capacityLines'), numeric: true },
      ]}
      rows={rows.map((row) => ({
        key: `${row.row}-${row.code}`,
        header: row.code,
        cells: [
          row.row,
          row.title,
          row.themeTitle,
          row.budgetLineCount,
          formatEuros(row.budgetTotalCents),
          row.capacityLineCount,
        ],
      }))}
    />
  );
}

/** What an upload would do (or did): the problems first, then the creates and the updates. */
export function ImportPreview({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  return (
    <>
      {result.problems.length > 0 && (
        <>
          <Paragraph>{t('imports.fixFirst')}</Paragraph>
          <FiguresTable
            caption={t('imports.problems')}
            columns={[
              { header: t('imports.columns.sheet') },
              { header: t('imports.columns.row'), numeric: true },
              { header: t('imports.columns.column') },
              { header: t('imports.columns.problem') },
            ]}
            rows={result.problems.map((problem, i) => ({
              key: String(i),
              header: problem.sheet,
              cells: [problem.row, problem.column, <ProblemSentence key="p" problem={problem} />],
            }))}
          />
        </>
      )}
      <RowsTable caption={t('imports.creates')} rows={result.creates} />
      <RowsTable caption={t('imports.updates')} rows={result.updates} />
    </>
  );
}
