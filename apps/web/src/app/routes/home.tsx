import {
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { useMe } from '../../features/auth/api/get-me';
import { InvitationNotice } from '../../features/auth/components/invitation-notice';
import { VisitorHome } from './visitor-home';
import { RegionList } from '../../features/regions/components/region-list';
import { StartPage } from '../../features/start/components/start-page';
import { SystemStatus } from '../../features/status/components/system-status';

export function HomeRoute() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.data === null) return <VisitorHome />;
  // Signed in: the start page of what waits for this person (features/start).
  if (me.data) {
    return <StartPage notices={<InvitationNotice signedIn />} after={<RegionList />} />;
  }
  return (
    <>
      <Heading1>{t('home.title')}</Heading1>
      <Paragraph lead>{t('home.intro')}</Paragraph>
      {me.data === null ? (
        <Paragraph>
          <Link to={paths.signIn.url()}>{t('home.signInPrompt')}</Link> {t('home.visitorNote')}
        </Paragraph>
      ) : null}
      <section aria-labelledby="roles-title" className="koers-section">
        <Heading2 id="roles-title">{t('home.rolesTitle')}</Heading2>
        <UnorderedList>
          <UnorderedListItem>{t('home.roles.bureau')}</UnorderedListItem>
          <UnorderedListItem>{t('home.roles.board')}</UnorderedListItem>
          <UnorderedListItem>{t('home.roles.portfolio')}</UnorderedListItem>
          <UnorderedListItem>{t('home.roles.council')}</UnorderedListItem>
        </UnorderedList>
      </section>
      <SystemStatus />
    </>
  );
}

export default HomeRoute;
