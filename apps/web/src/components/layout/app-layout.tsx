import {
  Button,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
  SkipLink,
} from '@utrecht/component-library-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigation } from 'react-router';
import { paths } from '../../config/paths';
import { useMe } from '../../features/auth/api/get-me';
import { LoadingMessage } from './loading-message';
import { UserMenu } from './user-menu';

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const otherLanguage = i18n.language === 'en' ? 'nl' : 'en';
  const me = useMe();
  // A screen's code and data load before it is drawn (see route-prefetch): say so meanwhile.
  const loadingPage = useNavigation().state === 'loading';
  const holdsAssignments = me.data?.roles.some((r) => r.role === 'portfolio_holder') ?? false;
  const isCouncilClerk =
    me.data?.roles.some((r) => r.role === 'council' && r.municipalityId) ?? false;
  // Administration: the first region the user administers or runs the bureau of.
  const administers = me.data?.roles.find((r) => r.role === 'admin' || r.role === 'bureau');

  // Until it is known who is signed in, the header's height is not known either: drawing it
  // before would move the whole page down when the user menu arrives (a layout shift).
  // Only the first answer is waited for: a query without data that failed turns pending again
  // on every refetch, and hiding the page then would unmount and remount it without end.
  if (me.isPending && me.errorUpdateCount === 0) return <LoadingMessage />;

  return (
    <div className="koers-app">
      <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
      <PageHeader className="koers-header">
        <div className="koers-header__bar">
          <NavLink to={paths.home.url()} className="koers-brand">
            <span className="koers-brand__name">{t('app.name')}</span>
            <span className="koers-brand__tagline">{t('app.tagline')}</span>
          </NavLink>
          <nav aria-label={t('app.mainNavigation')} className="koers-nav">
            <NavLink to={paths.home.url()} end>
              {t('nav.home')}
            </NavLink>
            {holdsAssignments && (
              <NavLink to={paths.myAssignments.url()}>{t('portfolio.nav')}</NavLink>
            )}
            {isCouncilClerk && (
              <NavLink to={paths.ourMunicipality.url()}>{t('start.council.menu')}</NavLink>
            )}
            {administers && (
              <NavLink to={paths.admin.url(administers.regionId)}>{t('admin.nav')}</NavLink>
            )}
          </nav>
          <div className="koers-header__tools">
            <UserMenu />
            <Button
              appearance="subtle-button"
              lang={otherLanguage}
              aria-label={t('app.switchLanguageLabel')}
              onClick={() => void i18n.changeLanguage(otherLanguage)}
            >
              {t('app.switchToLanguage')}
            </Button>
          </div>
        </div>
      </PageHeader>
      <PageContent>
        <main id="main" tabIndex={-1} className="koers-main">
          {loadingPage && <LoadingMessage label={t('app.pageLoading')} />}
          <Suspense fallback={<LoadingMessage />}>
            <Outlet />
          </Suspense>
        </main>
      </PageContent>
      <PageFooter className="koers-footer">
        <Paragraph>{t('app.footer')}</Paragraph>
      </PageFooter>
    </div>
  );
}
