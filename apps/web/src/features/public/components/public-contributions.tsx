import {
  Heading2,
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
import { formatDate, formatEuros, formatNumber } from '../../../lib/format';
import { useContributions } from '../api/get-contributions';

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
          <Table>
            <TableCaption>
              {t('publicProgramme.contributions.caption', {
                date: formatDate(data.populationReferenceDate, i18n.language),
              })}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">
                  {t('publicProgramme.contributions.municipality')}
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="koers-number">
                  {t('publicProgramme.contributions.population')}
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="koers-number">
                  {t('publicProgramme.contributions.amount')}
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="koers-number">
                  {t('publicProgramme.contributions.perInhabitant')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {[...data.municipalities]
                .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
                .map((m) => (
                  <TableRow key={m.municipalityId}>
                    <TableHeaderCell scope="row">{m.name}</TableHeaderCell>
                    <TableCell className="koers-number">
                      {m.population === null
                        ? t('publicProgramme.contributions.unknown')
                        : formatNumber(m.population, i18n.language)}
                    </TableCell>
                    <TableCell className="koers-number">{formatEuros(m.totalCents)}</TableCell>
                    <TableCell className="koers-number">
                      {m.perInhabitantCents === null
                        ? t('publicProgramme.contributions.unknown')
                        : formatEuros(Math.round(m.perInhabitantCents))}
                    </TableCell>
                  </TableRow>
                ))}
            </TableBody>
            <TableFooter>
              <TableRow>
                <TableHeaderCell scope="row">
                  {t('publicProgramme.contributions.total')}
                </TableHeaderCell>
                <TableCell />
                <TableCell className="koers-number">{formatEuros(data.totalCents)}</TableCell>
                <TableCell />
              </TableRow>
            </TableFooter>
          </Table>
        )}
      </QueryState>
    </section>
  );
}
