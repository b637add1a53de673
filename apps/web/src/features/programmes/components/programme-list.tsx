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
import { paths } from '../../../config/paths';
import { useProgrammes } from '../../../lib/api/get-programmes';

/** A region's programmes, newest year first, with their status in words. */
export function ProgrammeList({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const programmes = useProgrammes(regionId);

  return (
    <section aria-labelledby="programmes-title" className="koers-section">
      <Heading2 id="programmes-title">{t('programmes.title')}</Heading2>
      <QueryState
        query={programmes}
        loading={t('programmes.loading')}
        failed={t('programmes.failed')}
        empty={{ when: (page) => page.items.length === 0, message: t('programmes.empty') }}
      >
        {(page) => (
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
              {[...page.items]
                .sort((a, b) => b.year - a.year)
                .map((programme) => (
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
        )}
      </QueryState>
    </section>
  );
}
