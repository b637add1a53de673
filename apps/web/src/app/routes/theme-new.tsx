import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { paths } from '../../config/paths';
import { useRegion } from '../../features/regions/api/get-region';
import { ThemeEditForm } from '../../features/themes/components/theme-edit-form';
import { RecordEditPage } from './record-edit-page';

/** The bureau adds a theme (opgave) to the region; afterwards it is in the region's list. */
export function ThemeNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { regionId = '' } = useParams();
  const region = useRegion(regionId);
  const list = `${paths.region.url(regionId)}#themes-title`;

  return (
    <RecordEditPage
      regionId={regionId}
      title={t('themeEdit.newTitle')}
      editor="bureau"
      query={region}
      loading={t('themeEdit.loading')}
      failed={t('themeEdit.failed')}
    >
      {(_region, onDirtyChange, release) => (
        <ThemeEditForm
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

export default ThemeNewRoute;
