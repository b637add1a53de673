import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FiguresTable } from '../../../components/figures-table';
import { EditLink } from '../../../components/forms/edit-link';
import { QueryState } from '../../../components/query-state';
import { paths } from '../../../config/paths';
import { formatDate, formatNumber } from '../../../lib/format';
import { useMunicipalities } from '../../../lib/api/get-municipalities';

/** Member municipalities with population; an unknown population is said, never guessed. */
export function MunicipalityTable({
  regionId,
  canEdit = false,
}: {
  regionId: string;
  /** Adds a link to each municipality's edit screen (the region's administrator). */
  canEdit?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const municipalities = useMunicipalities(regionId);

  return (
    <section aria-labelledby="municipalities-title" className="koers-section">
      <Heading2 id="municipalities-title">{t('municipalities.title')}</Heading2>
      <QueryState
        query={municipalities}
        loading={t('municipalities.loading')}
        failed={t('municipalities.failed')}
        empty={{ when: (page) => page.items.length === 0, message: t('municipalities.empty') }}
      >
        {(page) => {
          const unknown = page.items.filter((m) => !m.populationKnown).length;
          const total = page.items.reduce((sum, m) => sum + (m.population ?? 0), 0);
          return (
            <>
              {unknown > 0 && (
                <Paragraph>{t('municipalities.unknownNote', { count: unknown })}</Paragraph>
              )}
              <FiguresTable
                caption={t('municipalities.caption', { count: page.total })}
                columns={[
                  { header: t('municipalities.name') },
                  { header: t('municipalities.cbsCode') },
                  { header: t('municipalities.population'), numeric: true },
                  { header: t('municipalities.referenceDate') },
                ]}
                rows={page.items.map((m) => ({
                  key: m.id,
                  header: canEdit ? (
                    <>
                      {m.name}{' '}
                      <EditLink to={paths.municipalityEdit.url(regionId, m.id)} name={m.name} />
                    </>
                  ) : (
                    m.name
                  ),
                  cells: [
                    m.cbsCode,
                    // The figure leads to its history (and, for the bureau, the form to record one).
                    <Link key="population" to={paths.municipalityPopulation.url(regionId, m.id)}>
                      {m.population === null
                        ? t('municipalities.unknown')
                        : formatNumber(m.population, i18n.language)}
                      <span className="koers-visually-hidden">
                        {t('municipalities.populationOf', { name: m.name })}
                      </span>
                    </Link>,
                    m.populationReferenceDate
                      ? formatDate(m.populationReferenceDate, i18n.language)
                      : '—',
                  ],
                }))}
                footer={{
                  header: unknown > 0 ? t('municipalities.knownTotal') : t('municipalities.total'),
                  cells: [null, formatNumber(total, i18n.language), null],
                }}
              />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
