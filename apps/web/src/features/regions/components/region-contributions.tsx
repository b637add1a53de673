import { compareDutch } from '@koers/domain';
import type { ProgrammeSummary } from '@koers/contracts';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BarChart } from '../../../components/charts';
import { FiguresTable } from '../../../components/figures-table';
import { QueryState } from '../../../components/query-state';
import { paths } from '../../../config/paths';
import { formatEuros } from '../../../lib/format';
import { contributionsQueryOptions } from '../../../lib/api/get-contributions';
import { useProgrammes } from '../../../lib/api/get-programmes';

/** The newest programme past its draft (what councils are or were asked to pay), else the newest. */
export function programmeToShow(programmes: ProgrammeSummary[]): ProgrammeSummary | undefined {
  const newestFirst = [...programmes].sort((a, b) => b.year - a.year);
  return newestFirst.find((p) => p.status !== 'draft') ?? newestFirst[0];
}

/** What each member municipality pays for the region's current programme: a table and its chart. */
export function RegionContributions({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const programme = programmeToShow(useProgrammes(regionId).data?.items ?? []);
  const contributions = useQuery({
    ...contributionsQueryOptions(programme?.id ?? ''),
    enabled: programme !== undefined,
  });
  if (!programme) return null;
  const caption = t('regionContributions.caption', { programme: programme.title });

  return (
    <section aria-labelledby="region-contributions-title" className="koers-section">
      <Heading2 id="region-contributions-title">{t('regionContributions.title')}</Heading2>
      <Paragraph>
        {t('regionContributions.intro', { programme: programme.title, year: programme.year })}
      </Paragraph>
      <QueryState
        query={contributions}
        loading={t('regionContributions.loading')}
        failed={t('regionContributions.failed')}
        empty={{
          when: (data) => data.totalCents === 0 || data.municipalities.length === 0,
          message: t('regionContributions.empty'),
        }}
      >
        {(data) => {
          const rows = [...data.municipalities].sort((a, b) => compareDutch(a.name, b.name));
          return (
            <div className="koers-with-chart">
              <FiguresTable
                caption={caption}
                columns={[
                  { header: t('regionContributions.municipality') },
                  { header: t('regionContributions.amount'), numeric: true },
                  { header: t('regionContributions.perInhabitant'), numeric: true },
                ]}
                rows={rows.map((m) => ({
                  key: m.municipalityId,
                  header: (
                    <Link to={paths.councilView.url(programme.id, m.municipalityId)}>{m.name}</Link>
                  ),
                  cells: [
                    formatEuros(m.totalCents),
                    m.perInhabitantCents === null
                      ? t('regionContributions.unknown')
                      : formatEuros(Math.round(m.perInhabitantCents)),
                  ],
                }))}
                footer={{
                  header: t('regionContributions.total'),
                  cells: [formatEuros(data.totalCents), null],
                }}
              />
              <BarChart
                title={t('regionContributions.chart')}
                table={caption}
                bars={rows.map((m) => ({
                  key: m.municipalityId,
                  label: m.name,
                  value: m.totalCents,
                  display: formatEuros(m.totalCents),
                }))}
              />
            </div>
          );
        }}
      </QueryState>
    </section>
  );
}
