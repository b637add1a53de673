import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { paths } from '../../config/paths';
import { useMe } from '../../features/auth/api/get-me';
import { useExternalProgramme } from '../../features/external-programmes/api/get-external-programme';
import { ExternalProgrammeEditForm } from '../../features/external-programmes/components/external-programme-edit-form';
import { RecordEditPage } from './record-edit-page';

/** The bureau edits a programme its region maintains: name, level, description. */
export function ExternalProgrammeEditRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { regionId = '', programmeId = '' } = useParams();
  const programme = useExternalProgramme(programmeId);
  const isPlatformAdmin = Boolean(useMe().data?.user.isPlatformAdmin);
  const list = `${paths.externalProgrammes.url(regionId)}#external-programmes-title`;

  return (
    <RecordEditPage
      regionId={regionId}
      title={t('externalProgrammeEdit.title')}
      editor="bureau"
      back={{ to: paths.externalProgrammes.url(regionId), label: t('externalProgrammeEdit.back') }}
      query={programme}
      loading={t('externalProgrammeEdit.loading')}
      failed={t('externalProgrammeEdit.failed')}
    >
      {(data, onDirtyChange, release) =>
        data.regionId === regionId || (data.regionId === null && isPlatformAdmin) ? (
          <ExternalProgrammeEditForm
            regionId={regionId}
            programme={data}
            cancelUrl={list}
            onDirtyChange={onDirtyChange}
            onSaved={() => {
              release();
              void navigate(list);
            }}
          />
        ) : (
          <Alert type="warning">
            <Paragraph>{t('externalProgrammeEdit.notYours')}</Paragraph>
          </Alert>
        )
      }
    </RecordEditPage>
  );
}

export default ExternalProgrammeEditRoute;
