import { compareDutch } from '@koers/domain';
import { Heading2 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FiguresTable } from '../../../components/figures-table';
import { QueryState } from '../../../components/query-state';
import { formatDate, formatEuros, formatNumber } from '../../../lib/format';
import { useContributions } from '../../../lib/api/get-contributions';

/** What each member municipality contributes, in total and per inhabitant. */
export function PublicContributions({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation();
  const contributions = useContributions(programmeId);

  return (
    <section aria-labelledby="public-contributions" className="koers-section">
      <Heading2 id="public-contributions">{t('publicProgramme.contributions.title')}</Heading2>
      <QueryState
        query={contributions}
        loading={t('publicProgramme.contributions.loading')}
        failed={t('publicProgramme.contributions.failed')}
        empty={{
          when: (data) => data.municipalities.length === 0,
          message: t('publicProgramme.contributions.empty'),
        }}
      >
        {(data) => (
          <FiguresTable
            caption={t('publicProgramme.contributions.caption', {
              date: formatDate(data.populationReferenceDate, i18n.language),
            })}
            columns={[
              { header: t('publicProgramme.contributions.municipality') },
              { header: t('publicProgramme.contributions.population'), numeric: true },
              { header: t('publicProgramme.contributions.amount'), numeric: true },
              { header: t('publicProgramme.contributions.perInhabitant'), numeric: true },
            ]}
            rows={[...data.municipalities]
              .sort((a, b) => compareDutch(a.name, b.name))
              .map((m) => ({
                key: m.municipalityId,
                header: m.name,
                cells: [
                  m.population === null
                    ? t('publicProgramme.contributions.unknown')
                    : formatNumber(m.population, i18n.language),
                  formatEuros(m.totalCents),
                  m.perInhabitantCents === null
                    ? t('publicProgramme.contributions.unknown')
                    : formatEuros(Math.round(m.perInhabitantCents)),
                ],
              }))}
            footer={{
              header: t('publicProgramme.contributions.total'),
              cells: [null, formatEuros(data.totalCents), null],
            }}
          />
        )}
      </QueryState>
    </section>
  );
}
