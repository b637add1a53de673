import type { CouncilPackResponse } from '@koers/contracts';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FiguresTable } from '../../../components/figures-table';
import { formatDate, formatEuros, formatNumber } from '../../../lib/format';
import { ShareBar } from './share-bar';

/** What the programme costs the municipality: per assignment (with bars), and in later years. */
export function PackMoney({ pack }: { pack: CouncilPackResponse }) {
  const { t, i18n } = useTranslation();
  const { municipality, programme, contribution: c } = pack;
  const name = municipality.name;
  const paid = pack.assignments.filter((a) => (a.contributionCents ?? 0) > 0);
  const max = Math.max(0, ...paid.map((a) => a.contributionCents ?? 0));
  return (
    <section aria-labelledby="pack-money-title" className="koers-section">
      <Heading2 id="pack-money-title">{t('documents.pack.costTitle', { name })}</Heading2>
      <Paragraph>{populationText(pack, t, i18n.language)}</Paragraph>
      {!c ? (
        <Paragraph>
          {t('documents.pack.unavailable', { reason: pack.contributionUnavailable ?? '' })}
        </Paragraph>
      ) : (
        <>
          {paid.length === 0 ? (
            <Paragraph>{t('documents.pack.paysNothing', { name, year: programme.year })}</Paragraph>
          ) : (
            <>
              <Paragraph>
                {t('documents.pack.pays', {
                  name,
                  year: programme.year,
                  amount: formatEuros(c.totalCents),
                  count: paid.length,
                })}
              </Paragraph>
              <FiguresTable
                caption={t('documents.pack.perAssignmentCaption', { name, year: programme.year })}
                columns={[
                  { header: t('documents.pack.assignment') },
                  { header: t('documents.pack.contribution'), numeric: true },
                  { header: t('documents.pack.share') },
                ]}
                rows={paid.map((a) => ({
                  key: a.id,
                  header: `${a.code} ${a.title}`,
                  cells: [
                    formatEuros(a.contributionCents ?? 0),
                    <ShareBar key="bar" value={a.contributionCents ?? 0} max={max} />,
                  ],
                }))}
                footer={{
                  header: t('documents.pack.totalRow'),
                  cells: [formatEuros(c.totalCents), null],
                }}
              />
            </>
          )}
          <Heading3>{t('documents.pack.laterTitle')}</Heading3>
          {c.laterYears.length === 0 ? (
            <Paragraph>{t('documents.pack.noLater')}</Paragraph>
          ) : (
            <>
              <Paragraph>{t('documents.pack.laterIntro')}</Paragraph>
              <FiguresTable
                caption={t('documents.pack.laterCaption', { name })}
                columns={[
                  { header: t('documents.pack.year') },
                  { header: t('documents.pack.contribution'), numeric: true },
                ]}
                rows={c.laterYears.map((y) => ({
                  key: String(y.year),
                  header: String(y.year),
                  cells: [formatEuros(y.totalCents)],
                }))}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

function populationText(pack: CouncilPackResponse, t: T, language: string): string {
  const m = pack.municipality;
  const date = formatDate(pack.programme.populationReferenceDate, language);
  if (m.population === null || m.populationStatus === 'missing') {
    return t('documents.pack.populationMissing', { date, name: m.name });
  }
  const population = formatNumber(m.population, language);
  if (m.populationStatus === 'stale' && m.populationDate) {
    const used = formatDate(m.populationDate, language);
    return t('documents.pack.populationStale', { date, population, used });
  }
  return t('documents.pack.populationKnown', { date, population });
}
