import type { AssignmentOverviewResponse } from '@koers/contracts';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FiguresTable } from '../../../../components/figures-table';
import { formatEuros, formatNumber } from '../../../../lib/format';

/** The budget per funding source and year, and the capacity per supplier. */
export function ReadMoney({ overview }: { overview: AssignmentOverviewResponse }) {
  const { t, i18n } = useTranslation();
  const { assignment } = overview;
  const names = new Map(overview.municipalities.map((m) => [m.id, m.name]));
  const lines = [...assignment.budgetLines].sort((a, b) => a.year - b.year);
  return (
    <>
      <section aria-labelledby="read-budget" className="koers-section">
        <Heading2 id="read-budget">{t('assignmentRead.budgetTitle')}</Heading2>
        {lines.length === 0 ? (
          <Paragraph>{t('assignmentRead.noBudget')}</Paragraph>
        ) : (
          <FiguresTable
            caption={t('assignmentRead.budgetCaption')}
            columns={[
              { header: t('assignmentRead.source') },
              { header: t('assignmentRead.year'), numeric: true },
              { header: t('assignmentRead.amount'), numeric: true },
            ]}
            rows={lines.map((line, i) => ({
              key: String(i),
              header: (
                <>
                  {t(`assignments.fundingSources.${line.fundingSource}`)}
                  {line.sourceName && (
                    <>
                      <br />
                      <span className="koers-cell-note">{line.sourceName}</span>
                    </>
                  )}
                  {line.payers && line.payers.length > 0 && (
                    <>
                      <br />
                      <span className="koers-cell-note">
                        {t('assignmentRead.payers', {
                          names: line.payers
                            .map(
                              (p) => names.get(p.municipalityId) ?? t('assignmentRead.unknownName'),
                            )
                            .join(', '),
                        })}
                      </span>
                    </>
                  )}
                </>
              ),
              cells: [line.year, formatEuros(line.amountCents)],
            }))}
            footer={{
              header: t('assignmentRead.total'),
              cells: [null, formatEuros(assignment.budgetTotalCents)],
            }}
          />
        )}
      </section>
      <section aria-labelledby="read-capacity" className="koers-section">
        <Heading2 id="read-capacity">{t('assignmentRead.capacityTitle')}</Heading2>
        {assignment.capacityLines.length === 0 ? (
          <Paragraph>{t('assignmentRead.noCapacity')}</Paragraph>
        ) : (
          <FiguresTable
            caption={t('assignmentRead.capacityCaption')}
            columns={[
              { header: t('assignmentRead.supplier') },
              { header: t('assignmentRead.year'), numeric: true },
              { header: t('assignmentRead.capacity'), numeric: true },
            ]}
            rows={assignment.capacityLines.map((line, i) => ({
              key: String(i),
              header: line.supplierName,
              cells: [
                line.year,
                line.fte !== null
                  ? t('assignmentRead.fte', { value: formatNumber(line.fte, i18n.language) })
                  : t('assignmentRead.hours', {
                      value: formatNumber(line.hours ?? 0, i18n.language),
                    }),
              ],
            }))}
          />
        )}
      </section>
    </>
  );
}
