import { COUNCIL_DECISION_STATUSES } from '@koers/contracts';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FiguresTable } from '../../../components/figures-table';
import { QueryState } from '../../../components/query-state';
import { useCouncilDecisions } from '../../../lib/api/get-council-decisions';

/** How the member councils decided, in counts per decision (no names of people). */
export function PublicCouncils({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const decisions = useCouncilDecisions(programmeId);

  return (
    <section aria-labelledby="public-councils" className="koers-section">
      <Heading2 id="public-councils">{t('publicProgramme.councils.title')}</Heading2>
      <QueryState
        query={decisions}
        loading={t('publicProgramme.councils.loading')}
        failed={t('publicProgramme.councils.failed')}
        empty={{
          when: (data) => data.counts.total === 0,
          message: t('publicProgramme.councils.empty'),
        }}
      >
        {({ counts }) => (
          <>
            <Paragraph>
              {t('publicProgramme.councils.responded', {
                responded: counts.responded,
                total: counts.total,
              })}
            </Paragraph>
            {counts.viewPoints > 0 && (
              <Paragraph>
                {t('publicProgramme.councils.viewPoints', {
                  count: counts.viewPoints,
                  unanswered: counts.unansweredViewPoints,
                })}
              </Paragraph>
            )}
            <FiguresTable
              caption={t('publicProgramme.councils.caption')}
              columns={[
                { header: t('publicProgramme.councils.decision') },
                { header: t('publicProgramme.councils.count'), numeric: true },
              ]}
              rows={COUNCIL_DECISION_STATUSES.filter((status) => counts.byStatus[status] > 0).map(
                (status) => ({
                  key: status,
                  header: t(`publicProgramme.councils.statuses.${status}`),
                  cells: [counts.byStatus[status]],
                }),
              )}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}
