import { useTranslation } from 'react-i18next';
import { ThemeEditForm } from '../../features/themes/components/theme-edit-form';
import { RecordNewPage } from './record-new-page';

/** The bureau adds a theme (opgave) to the region; afterwards it is in the region's list. */
export function ThemeNewRoute() {
  const { t } = useTranslation();
  return (
    <RecordNewPage
      title={t('themeEdit.newTitle')}
      loading={t('themeEdit.loading')}
      failed={t('themeEdit.failed')}
      listId="themes-title"
    >
      {(form) => <ThemeEditForm {...form} />}
    </RecordNewPage>
  );
}

export default ThemeNewRoute;
