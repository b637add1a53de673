import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../config/paths';
import { useMunicipalities } from '../../lib/api/get-municipalities';
import { useOrganisations } from '../../features/organisations/api/get-organisations';
import { usePerson } from '../../features/people/api/get-person';
import { PersonEditForm } from '../../features/people/components/person-edit-form';
import { RecordEditPage } from './record-edit-page';

/** The bureau edits a person of the region: name, contact, organisation and municipality. */
export function PersonEditRoute() {
  const { t } = useTranslation();
  const { regionId = '', personId = '' } = useParams();
  const person = usePerson(regionId, personId);
  const organisations = useOrganisations(regionId);
  const municipalities = useMunicipalities(regionId);

  return (
    <RecordEditPage
      regionId={regionId}
      title={t('personEdit.title')}
      editor="bureau"
      query={person}
      loading={t('personEdit.loading')}
      failed={t('personEdit.failed')}
      waitFor={[organisations, municipalities]}
    >
      {(data, onDirtyChange) => (
        <PersonEditForm
          regionId={regionId}
          person={data}
          organisations={organisations.data?.items ?? []}
          municipalities={municipalities.data?.items ?? []}
          cancelUrl={paths.region.url(regionId)}
          onDirtyChange={onDirtyChange}
        />
      )}
    </RecordEditPage>
  );
}

export default PersonEditRoute;
