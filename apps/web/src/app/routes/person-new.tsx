import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { paths } from '../../config/paths';
import { useMunicipalities } from '../../lib/api/get-municipalities';
import { useOrganisations } from '../../features/organisations/api/get-organisations';
import { PersonEditForm } from '../../features/people/components/person-edit-form';
import { useRegion } from '../../features/regions/api/get-region';
import { RecordEditPage } from './record-edit-page';

/** The bureau adds a person to the region; afterwards they are in the region's list. */
export function PersonNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { regionId = '' } = useParams();
  const region = useRegion(regionId);
  const organisations = useOrganisations(regionId);
  const municipalities = useMunicipalities(regionId);
  const options = (items: { id: string; name: string }[] | undefined) =>
    (items ?? []).map((item) => ({ value: item.id, label: item.name }));
  const list = `${paths.region.url(regionId)}#people-title`;

  return (
    <RecordEditPage
      regionId={regionId}
      title={t('personEdit.newTitle')}
      editor="bureau"
      query={region}
      loading={t('personEdit.loading')}
      failed={t('personEdit.failed')}
      waitFor={[organisations, municipalities]}
    >
      {(_region, onDirtyChange, release) => (
        <PersonEditForm
          regionId={regionId}
          organisations={options(organisations.data?.items)}
          municipalities={options(municipalities.data?.items)}
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

export default PersonNewRoute;
