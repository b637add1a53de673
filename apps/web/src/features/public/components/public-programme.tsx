import type { ProgrammeStatus } from '@koers/contracts';
import { Alert, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { ApiError } from '../../../lib/api-client';
import { formatDate, formatEuros } from '../../../lib/format';
import { useProgramme } from '../../../lib/api/get-programme';
import { BestuursrapportageLinks } from '../../documents/components/bestuursrapportage/bestuursrapportage-links';
import { ProgrammeDownloads } from '../../exports/components/programme-downloads';
import { PublicAssignments } from './public-assignments';
import { PublicBudget } from './public-budget';
import { PublicContributions } from './public-contributions';
import { PublicCouncils } from './public-councils';
import { PublicOpenData } from './public-open-data';

/** The statuses in which a programme is public. */
const PUBLIC_STATUSES: readonly ProgrammeStatus[] = ['adopted', 'in_execution', 'closed'];

function NotPublic() {
  const { t } = useTranslation();
  return (
    <>
      <Heading1>{t('publicProgramme.notPublicTitle')}</Heading1>
      <Alert type="info">
        <Paragraph>{t('publicProgramme.notPublic')}</Paragraph>
      </Alert>
    </>
  );
}

/** Screen 9: an adopted programme as anyone may read it, without personal data. */
export function PublicProgramme({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation();
  const programme = useProgramme(programmeId);

  // The API answers 401 or 404 for a programme that is not public; both mean the same to a reader.
  if (programme.error instanceof ApiError && [401, 403, 404].includes(programme.error.status)) {
    return <NotPublic />;
  }

  return (
    <QueryState
      query={programme}
      loading={t('publicProgramme.loading')}
      failed={t('publicProgramme.failed')}
    >
      {(data) =>
        !PUBLIC_STATUSES.includes(data.status) ? (
          <NotPublic />
        ) : (
          <>
            <Paragraph className="koers-eyebrow">{t('publicProgramme.label')}</Paragraph>
            <Heading1>{data.title}</Heading1>
            <section aria-labelledby="public-facts" className="koers-section">
              <Heading2 id="public-facts" className="koers-visually-hidden">
                {t('publicProgramme.facts')}
              </Heading2>
              <dl className="koers-record-facts">
                <dt>{t('publicProgramme.year')}</dt>
                <dd>{data.year}</dd>
                <dt>{t('publicProgramme.status')}</dt>
                <dd>{t(`programmes.statuses.${data.status}`)}</dd>
                {data.adoptedOn && (
                  <>
                    <dt>{t('publicProgramme.adoptedOn')}</dt>
                    <dd>{formatDate(data.adoptedOn, i18n.language)}</dd>
                  </>
                )}
                <dt>{t('publicProgramme.assignmentCount')}</dt>
                <dd>{data.totals.assignmentCount}</dd>
                <dt>{t('publicProgramme.budgetTotal')}</dt>
                <dd>{formatEuros(data.totals.budgetTotalCents)}</dd>
              </dl>
              {data.introduction ? (
                data.introduction
                  .split(/\n{2,}/)
                  .map((part, i) => <Paragraph key={i}>{part}</Paragraph>)
              ) : (
                <Paragraph>{t('publicProgramme.noIntroduction')}</Paragraph>
              )}
            </section>
            <PublicAssignments programmeId={programmeId} themes={data.totals.budgetByTheme} />
            <PublicBudget totals={data.totals} />
            <PublicContributions programmeId={programmeId} />
            <PublicCouncils programmeId={programmeId} />
            <BestuursrapportageLinks programmeId={programmeId} status={data.status} publicPage />
            <ProgrammeDownloads programmeId={programmeId} concept={false} />
            <PublicOpenData programmeId={programmeId} />
          </>
        )
      }
    </QueryState>
  );
}
