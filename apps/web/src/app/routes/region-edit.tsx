import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import { Link, useParams } from 'react-router';
import { paths } from '../../config/paths';
import { useRegion } from '../../features/regions/api/get-region';
import { RegionEditForm } from '../../features/regions/components/region-edit-form';
import { RecordEditPage } from './record-edit-page';

/** The region’s administrator edits its settings: name, form of cooperation, provinces, window. */
export function RegionEditRoute() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  const region = useRegion(regionId);

  return (
    <RecordEditPage
      regionId={regionId}
      title={t('regionEdit.title')}
      editor="admin"
      query={region}
      loading={t('regionEdit.loading')}
      failed={t('regionEdit.failed')}
    >
      {(data, onDirtyChange) => (
        <>
          <Paragraph>
            {t('regionEdit.calendar')}{' '}
            <Link to={paths.reportingCalendar.url(regionId)}>{t('regionEdit.calendarLink')}</Link>
          </Paragraph>
          <RegionEditForm
            region={data}
            cancelUrl={paths.region.url(regionId)}
            onDirtyChange={onDirtyChange}
          />
        </>
      )}
    </RecordEditPage>
  );
}

export default RegionEditRoute;
