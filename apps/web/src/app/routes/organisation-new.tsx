import { useTranslation } from 'react-i18next';
import { OrganisationEditForm } from '../../features/organisations/components/organisation-edit-form';
import { RecordNewPage } from './record-new-page';

/** The bureau adds a partner organisation to the region; afterwards it is in the region's list. */
export function OrganisationNewRoute() {
  const { t } = useTranslation();
  return (
    <RecordNewPage
      title={t('organisationEdit.newTitle')}
      loading={t('organisationEdit.loading')}
      failed={t('organisationEdit.failed')}
      listId="partners-title"
    >
      {(form) => <OrganisationEditForm {...form} />}
    </RecordNewPage>
  );
}

export default OrganisationNewRoute;
