import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { formatDate, formatNumber } from '../../../lib/format';
import { useMunicipalities } from '../api/get-municipalities';

/** Member municipalities with population; an unknown population is said, never guessed. */
export function MunicipalityTable({ regionId }: { regionId: string }) {
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
              <Table>
                <TableCaption>{t('municipalities.caption', { count: page.total })}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('municipalities.name')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('municipalities.cbsCode')}</TableHeaderCell>
                    <TableHeaderCell scope="col" className="koers-number">
                      {t('municipalities.population')}
                    </TableHeaderCell>
                    <TableHeaderCell scope="col">
                      {t('municipalities.referenceDate')}
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {page.items.map((m) => (
                    <TableRow key={m.id}>
                      <TableCell>{m.name}</TableCell>
                      <TableCell>{m.cbsCode}</TableCell>
                      <TableCell className="koers-number">
                        {m.population === null
                          ? t('municipalities.unknown')
                          : formatNumber(m.population, i18n.language)}
                      </TableCell>
                      <TableCell>
                        {m.populationReferenceDate
                          ? formatDate(m.populationReferenceDate, i18n.language)
                          : '—'}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
                <TableFooter>
                  <TableRow>
                    <TableHeaderCell scope="row">
                      {unknown > 0 ? t('municipalities.knownTotal') : t('municipalities.total')}
                    </TableHeaderCell>
                    <TableCell />
                    <TableCell className="koers-number">
                      {formatNumber(total, i18n.language)}
                    </TableCell>
                    <TableCell />
                  </TableRow>
                </TableFooter>
              </Table>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
