import {
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EditLink } from '../../../components/forms/edit-link';
import { QueryState } from '../../../components/query-state';
import { paths } from '../../../config/paths';
import { useThemes } from '../api/get-themes';

/** The region's themes; `canEdit` adds a link to each theme's edit screen. */
export function ThemeList({ regionId, canEdit = false }: { regionId: string; canEdit?: boolean }) {
  const { t } = useTranslation();
  const themes = useThemes(regionId);

  return (
    <section aria-labelledby="themes-title" className="koers-section">
      <Heading2 id="themes-title">{t('themes.title')}</Heading2>
      {canEdit && (
        <Paragraph>
          <Link to={paths.themeNew.url(regionId)}>{t('themeEdit.addLink')}</Link>
        </Paragraph>
      )}
      <QueryState
        query={themes}
        loading={t('themes.loading')}
        failed={t('themes.failed')}
        empty={{ when: (page) => page.items.length === 0, message: t('themes.empty') }}
      >
        {(page) => (
          <UnorderedList>
            {page.items.map((theme) => (
              <UnorderedListItem key={theme.id}>
                {t('themes.item', {
                  title: theme.title,
                  from: theme.periodStartYear,
                  until: theme.periodEndYear,
                })}
                {canEdit && (
                  <>
                    {' '}
                    <EditLink to={paths.themeEdit.url(regionId, theme.id)} name={theme.title} />
                  </>
                )}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </QueryState>
    </section>
  );
}
