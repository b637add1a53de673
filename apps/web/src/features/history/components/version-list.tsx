import type { ProgrammeVersionSummary } from '@koers/contracts';
import {
  Heading2,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ScrollsWhenNarrow } from '../../../components/scrolls-when-narrow';
import { formatDate, formatEuros } from '../../../lib/format';
import { actorLabel } from '../lib/actor-label';

/** The frozen versions of a programme, oldest first, with why each was made. */
export function VersionList({ versions }: { versions: ProgrammeVersionSummary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="versions-title" className="koers-section">
      <Heading2 id="versions-title">{t('history.versions.title')}</Heading2>
      <ScrollsWhenNarrow captionId="versions-caption">
        <Table>
          <TableCaption id="versions-caption">
            {t('history.versions.caption', { count: versions.length })}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('history.versions.number')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('history.versions.date')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('history.versions.transition')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('history.versions.by')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('history.versions.reason')}</TableHeaderCell>
              <TableHeaderCell scope="col" className="koers-number">
                {t('history.versions.assignments')}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="koers-number">
                {t('history.versions.budget')}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {versions.map((v) => (
              <TableRow key={v.number}>
                <TableHeaderCell scope="row">{v.number}</TableHeaderCell>
                <TableCell>{formatDate(v.createdAt, i18n.language)}</TableCell>
                <TableCell>
                  {t('history.versions.transitionText', {
                    from: t(`programmes.statuses.${v.fromStatus}`),
                    to: t(`programmes.statuses.${v.toStatus}`),
                  })}
                </TableCell>
                <TableCell>{actorLabel(v.createdBy ?? null, t)}</TableCell>
                <TableCell>{v.reason || t('history.versions.noReason')}</TableCell>
                <TableCell className="koers-number">{v.assignmentCount}</TableCell>
                <TableCell className="koers-number">{formatEuros(v.budgetTotalCents)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollsWhenNarrow>
    </section>
  );
}
