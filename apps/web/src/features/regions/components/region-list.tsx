import {
  Heading2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { ScrollsWhenNarrow } from '../../../components/scrolls-when-narrow';
import { paths } from '../../../config/paths';
import { useRegions } from '../api/get-regions';

export function RegionList() {
  const { t } = useTranslation();
  const regions = useRegions();

  return (
    <section aria-labelledby="regions-title" className="koers-section">
      <Heading2 id="regions-title">{t('regions.title')}</Heading2>
      <QueryState
        query={regions}
        loading={t('regions.loading')}
        failed={t('regions.failed')}
        empty={{ when: (page) => page.items.length === 0, message: t('regions.empty') }}
      >
        {(page) => (
          <ScrollsWhenNarrow captionId="regions-title">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('regions.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('regions.governance')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('regions.provinces')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('regions.viewWindow')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {page.items.map((region) => (
                  <TableRow key={region.id}>
                    <TableCell>
                      <Link to={paths.region.url(region.id)}>
                        {region.name} ({region.shortName})
                      </Link>
                    </TableCell>
                    <TableCell>{t(`regions.governanceModes.${region.governanceMode}`)}</TableCell>
                    <TableCell>{region.provinces.join(', ')}</TableCell>
                    <TableCell>{t('regions.weeks', { count: region.viewWindowWeeks })}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollsWhenNarrow>
        )}
      </QueryState>
    </section>
  );
}
