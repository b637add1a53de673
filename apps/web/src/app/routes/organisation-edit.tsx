import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../config/paths';
import { useOrganisation } from '../../features/organisations/api/get-organisation';
import { OrganisationEditForm } from '../../features/organisations/components/organisation-edit-form';
import { RecordEditPage } from './record-edit-page';

/** The bureau edits a partner organisation of the region: name and kind. */
export function OrganisationEditRoute() {
  const { t } = useTranslation();
  const { regionId = '', organisationId = '' } = useParams();
  const organisation = useOrganisation(regionId, organisationId);

  return (
    <RecordEditPage
      regionId={regionId}
      title={t('organisationEdit.title')}
      editor="bureau"
      query={organisation}
      loading={t('organisationEdit.loading')}
      failed={t('organisationEdit.failed')}
    >
      {(data, onDirtyChange) => (
        <OrganisationEditForm
          regionId={regionId}
          organisation={data}
          cancelUrl={paths.region.url(regionId)}
          onDirtyChange={onDirtyChange}
        />
      )}
    </RecordEditPage>
  );
}

export default OrganisationEditRoute;
