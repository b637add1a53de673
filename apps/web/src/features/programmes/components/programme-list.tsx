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
import { useQuery } from '@tanstack/react-query';
import { PagedList } from '../../../components/paged-list/paged-list';
import { ScrollsWhenNarrow } from '../../../components/scrolls-when-narrow';
import { paths } from '../../../config/paths';
import { programmesPageQueryOptions } from '../../../lib/api/get-programmes';
import { usePagedList } from '../../../lib/api/paging';

/** A region's programmes, newest year first (the API's order), page by page, with their status. */
export function ProgrammeList({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const paging = usePagedList({ prefix: 'programmas-' });
  const programmes = useQuery(programmesPageQueryOptions(regionId, paging.request));

  return (
    <section aria-labelledby="programmes-title" className="koers-section">
      <Heading2 id="programmes-title">{t('programmes.title')}</Heading2>
      <PagedList
        paging={paging}
        query={programmes}
        loading={t('programmes.loading')}
        failed={t('programmes.failed')}
        empty={t('programmes.empty')}
      >
        {(items) => (
          <ScrollsWhenNarrow captionId="programmes-title">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('programmes.year')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('programmes.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('programmes.status')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('programmes.assignments')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((programme) => (
                  <TableRow key={programme.id}>
                    <TableCell>{programme.year}</TableCell>
                    <TableCell>
                      <Link to={paths.programme.url(programme.id)}>{programme.title}</Link>
                    </TableCell>
                    <TableCell>{t(`programmes.statuses.${programme.status}`)}</TableCell>
                    <TableCell>{programme.assignmentCount}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollsWhenNarrow>
        )}
      </PagedList>
    </section>
  );
}
