import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../config/paths';
import { ExternalProgrammeEditForm } from '../../features/external-programmes/components/external-programme-edit-form';
import { RecordNewPage } from './record-new-page';

/** The bureau adds a programme its region maintains; afterwards it is in the list. */
export function ExternalProgrammeNewRoute() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  return (
    <RecordNewPage
      title={t('externalProgrammeEdit.newTitle')}
      loading={t('externalProgrammeEdit.loading')}
      failed={t('externalProgrammeEdit.failed')}
      listUrl={paths.externalProgrammes.url(regionId)}
      listId="external-programmes-title"
      back={{ to: paths.externalProgrammes.url(regionId), label: t('externalProgrammeEdit.back') }}
    >
      {(form) => <ExternalProgrammeEditForm {...form} />}
    </RecordNewPage>
  );
}

export default ExternalProgrammeNewRoute;
