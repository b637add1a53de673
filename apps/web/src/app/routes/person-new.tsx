import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMunicipalities } from '../../lib/api/get-municipalities';
import { useOrganisations } from '../../features/organisations/api/get-organisations';
import { PersonEditForm } from '../../features/people/components/person-edit-form';
import { RecordNewPage } from './record-new-page';

/** The bureau adds a person to the region; afterwards they are in the region's list. */
export function PersonNewRoute() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  const organisations = useOrganisations(regionId);
  const municipalities = useMunicipalities(regionId);

  return (
    <RecordNewPage
      title={t('personEdit.newTitle')}
      loading={t('personEdit.loading')}
      failed={t('personEdit.failed')}
      listId="people-title"
      waitFor={[organisations, municipalities]}
    >
      {(form) => (
        <PersonEditForm
          {...form}
          organisations={organisations.data?.items ?? []}
          municipalities={municipalities.data?.items ?? []}
        />
      )}
    </RecordNewPage>
  );
}

export default PersonNewRoute;
