import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../config/paths';
import { useMunicipality } from '../../features/municipalities/api/get-municipality';
import { MunicipalityEditForm } from '../../features/municipalities/components/municipality-edit-form';
import { RecordEditPage } from './record-edit-page';

/** The region’s administrator edits a member municipality: name, code, province, membership. */
export function MunicipalityEditRoute() {
  const { t } = useTranslation();
  const { regionId = '', municipalityId = '' } = useParams();
  const municipality = useMunicipality(municipalityId);

  return (
    <RecordEditPage
      regionId={regionId}
      title={t('municipalityEdit.title')}
      editor="admin"
      query={municipality}
      loading={t('municipalityEdit.loading')}
      failed={t('municipalityEdit.failed')}
    >
      {(data, onDirtyChange) => (
        <MunicipalityEditForm
          municipality={data}
          cancelUrl={paths.region.url(regionId)}
          onDirtyChange={onDirtyChange}
        />
      )}
    </RecordEditPage>
  );
}

export default MunicipalityEditRoute;
