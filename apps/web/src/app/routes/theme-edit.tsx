import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../config/paths';
import { useTheme } from '../../features/themes/api/get-theme';
import { ThemeEditForm } from '../../features/themes/components/theme-edit-form';
import { RecordEditPage } from './record-edit-page';

/** The bureau edits a theme (opgave) of the region: title, description, period. */
export function ThemeEditRoute() {
  const { t } = useTranslation();
  const { regionId = '', themeId = '' } = useParams();
  const theme = useTheme(regionId, themeId);

  return (
    <RecordEditPage
      regionId={regionId}
      title={t('themeEdit.title')}
      editor="bureau"
      query={theme}
      loading={t('themeEdit.loading')}
      failed={t('themeEdit.failed')}
    >
      {(data, onDirtyChange) => (
        <ThemeEditForm
          regionId={regionId}
          theme={data}
          cancelUrl={paths.region.url(regionId)}
          onDirtyChange={onDirtyChange}
        />
      )}
    </RecordEditPage>
  );
}

export default ThemeEditRoute;
