import type { ProgrammeSummary } from '@koers/contracts';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadingMessage } from '../../../components/layout/loading-message';
import { QueryState } from '../../../components/query-state';
import { heldAssignmentsQueryOptions } from '../api/get-held-assignments';
import { useProgrammes } from '../../../lib/api/get-programmes';
import { AssignmentCard } from './assignment-card';

interface RegionAssignmentsProps {
  regionId: string;
  regionName: string;
  /** The person whose assignments the portfolio holder holds. */
  personId: string;
  today?: string;
}

/** The portfolio holder's assignments in one region, by programme (newest year first). */
export function RegionAssignments({
  regionId,
  regionName,
  personId,
  today,
}: RegionAssignmentsProps) {
  const { t } = useTranslation();
  const programmes = useProgrammes(regionId);
  const headingId = `region-${regionId}`;

  return (
    <section aria-labelledby={headingId} className="koers-section">
      <Heading2 id={headingId}>{t('portfolio.regionTitle', { region: regionName })}</Heading2>
      <QueryState
        query={programmes}
        loading={t('portfolio.loading')}
        failed={t('portfolio.failed')}
      >
        {(page) => (
          <HeldAssignments
            programmes={[...page.items].sort((a, b) => b.year - a.year)}
            personId={personId}
            today={today}
          />
        )}
      </QueryState>
    </section>
  );
}

function HeldAssignments({
  programmes,
  personId,
  today,
}: {
  programmes: ProgrammeSummary[];
  personId: string;
  today?: string;
}) {
  const { t } = useTranslation();
  const results = useQueries({
    queries: programmes.map((p) => heldAssignmentsQueryOptions(p.id, personId)),
  });
  if (results.some((r) => r.isPending)) return <LoadingMessage label={t('portfolio.loading')} />;
  if (results.some((r) => r.isError)) {
    return (
      <Paragraph role="alert" className="koers-record-error">
        {t('portfolio.failed')}
      </Paragraph>
    );
  }
  const held = programmes
    .map((programme, i) => ({ programme, items: results[i].data?.items ?? [] }))
    .filter(({ items }) => items.length > 0);
  if (held.length === 0) return <Paragraph>{t('portfolio.empty')}</Paragraph>;

  return (
    <>
      {held.map(({ programme, items }) => (
        <div key={programme.id} className="koers-subsection">
          <Paragraph className="koers-programme-heading">
            <strong>
              {t('portfolio.programmeTitle', { title: programme.title, year: programme.year })}
            </strong>
            {' — '}
            {t('portfolio.programmeStatus', {
              status: t(`programmes.statuses.${programme.status}`),
            })}
          </Paragraph>
          {items.map((summary) => (
            <AssignmentCard
              key={summary.id}
              summary={summary}
              programmeStatus={programme.status}
              today={today}
            />
          ))}
        </div>
      ))}
    </>
  );
}
