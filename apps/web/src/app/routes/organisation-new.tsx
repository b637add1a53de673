import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { paths } from '../../config/paths';
import { OrganisationEditForm } from '../../features/organisations/components/organisation-edit-form';
import { useRegion } from '../../features/regions/api/get-region';
import { RecordEditPage } from './record-edit-page';

/** The bureau adds a partner organisation to the region; afterwards it is in the region's list. */
export function OrganisationNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { regionId = '' } = useParams();
  const region = useRegion(regionId);
  const list = `${paths.region.url(regionId)}#partners-title`;

  return (
    <RecordEditPage
      regionId={regionId}
      title={t('organisationEdit.newTitle')}
      editor="bureau"
      query={region}
      loading={t('organisationEdit.loading')}
      failed={t('organisationEdit.failed')}
    >
      {(_region, onDirtyChange, release) => (
        <OrganisationEditForm
          regionId={regionId}
          cancelUrl={list}
          onDirtyChange={onDirtyChange}
          onSaved={() => {
            release();
            void navigate(list);
          }}
        />
      )}
    </RecordEditPage>
  );
}

export default OrganisationNewRoute;
