import type { CouncilPackResponse } from '@koers/contracts';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FiguresTable } from '../../../components/figures-table';
import { formatEuros } from '../../../lib/format';

/** What is new, changed or ended compared with the region's programme of last year. */
export function PackChanges({ pack }: { pack: CouncilPackResponse }) {
  const { t } = useTranslation();
  const previous = pack.previousYear;
  const amount = (cents: number | null) =>
    cents === null ? t('documents.pack.unknown') : formatEuros(cents);
  const changed = pack.assignments.filter((a) => a.change !== 'unchanged');
  let body;
  if (!previous) {
    body = (
      <Paragraph>
        {t('documents.pack.noPreviousProgramme', {
          year: pack.programme.year - 1,
          region: pack.region.name,
        })}
      </Paragraph>
    );
  } else if (changed.length === 0 && pack.endedAssignments.length === 0) {
    body = (
      <Paragraph>
        {t('documents.pack.nothingChanged', {
          title: previous.title,
          year: previous.year,
          name: pack.municipality.name,
        })}
      </Paragraph>
    );
  } else {
    body = (
      <FiguresTable
        caption={t('documents.pack.changesCaption', { title: previous.title, year: previous.year })}
        columns={[
          { header: t('documents.pack.assignment') },
          { header: t('documents.pack.what') },
          { header: String(previous.year), numeric: true },
          { header: String(pack.programme.year), numeric: true },
        ]}
        rows={[
          ...changed.map((a) => ({
            key: a.id,
            header: `${a.code} ${a.title}`,
            cells: [
              a.change === 'new'
                ? t('documents.pack.changeNew')
                : t('documents.pack.changeChanged'),
              a.change === 'new' ? '–' : amount(a.previousYearCents),
              amount(a.contributionCents),
            ],
          })),
          ...pack.endedAssignments.map((a) => ({
            key: `ended-${a.code}`,
            header: `${a.code} ${a.title}`,
            cells: [t('documents.pack.changeEnded'), amount(a.previousYearCents), '–'],
          })),
        ]}
      />
    );
  }
  return (
    <section aria-labelledby="pack-changes-title" className="koers-section">
      <Heading2 id="pack-changes-title">{t('documents.pack.changesTitle')}</Heading2>
      {body}
    </section>
  );
}
