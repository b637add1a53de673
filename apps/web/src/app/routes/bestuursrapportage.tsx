import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useMe } from '../../features/auth/api/get-me';
import { actsAsBureau } from '../../features/auth/lib/roles';
import {
  bestuursrapportagePdfUrl,
  useBestuursrapportage,
} from '../../features/documents/api/get-bestuursrapportage';
import { BestuursrapportageActions } from '../../features/documents/components/bestuursrapportage/bestuursrapportage-actions';
import { RollupAssignments } from '../../features/documents/components/bestuursrapportage/rollup-assignments';
import { CouncilParts } from '../../features/documents/components/bestuursrapportage/council-parts';
import { RollupKpis } from '../../features/documents/components/bestuursrapportage/rollup-kpis';
import { RollupMilestones } from '../../features/documents/components/bestuursrapportage/rollup-milestones';
import { RollupSpend } from '../../features/documents/components/bestuursrapportage/rollup-spend';
import { RollupStatus } from '../../features/documents/components/bestuursrapportage/rollup-status';
import { useDownload } from '../../features/exports/api/use-download';
import { useDownloadStatusText } from '../../features/exports/components/download-status-text';
import { formatDate } from '../../lib/format';

/**
 * The bestuursrapportage of a period: the programme roll-up for the board and the councils, a
 * chart beside each table, each council's part, and the same as a tagged PDF. The public route
 * shows the same page once it is final (the API answers 404 before that).
 */
export function BestuursrapportageRoute() {
  const { t, i18n } = useTranslation();
  const { programmeId = '', periodId = '' } = useParams();
  const report = useBestuursrapportage(programmeId, periodId);
  const me = useMe();
  const download = useDownload();
  const downloadText = useDownloadStatusText(download.state);
  return (
    <QueryState
      query={report}
      loading={t('bestuursrapportage.loading')}
      failed={t('bestuursrapportage.failed')}
    >
      {(data) => (
        <>
          <Heading1 className="koers-heading-wraps">
            {t('bestuursrapportage.title', { period: data.period.title })}
          </Heading1>
          <Paragraph lead>
            {t('bestuursrapportage.lead', {
              programme: data.programme.title,
              region: data.region.name,
              from: formatDate(data.period.startsOn, i18n.language),
              until: formatDate(data.period.dataUntil, i18n.language),
            })}
          </Paragraph>
          <BestuursrapportageActions
            report={data}
            canMarkFinal={actsAsBureau(me.data, data.region.id)}
            pdf={{
              busy: download.state.status === 'busy',
              text: downloadText,
              start: () => {
                if (download.state.status !== 'busy') {
                  void download.start(bestuursrapportagePdfUrl(programmeId, periodId));
                }
              },
            }}
          />
          {data.final && (
            <Paragraph>
              <Link to={paths.publicBestuursrapportage.url(programmeId, periodId)}>
                {t('bestuursrapportage.publicLink')}
              </Link>
            </Paragraph>
          )}
          <RollupStatus report={data} />
          <RollupAssignments report={data} />
          <RollupSpend report={data} />
          <RollupKpis report={data} />
          <RollupMilestones report={data} />
          <CouncilParts report={data} />
        </>
      )}
    </QueryState>
  );
}

export default BestuursrapportageRoute;
