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
import { InvitationNotice } from '../../features/auth/components/invitation-notice';
import { PublicProgrammes } from '../../features/public/components/public-front-door';
import { SystemStatus } from '../../features/status/components/system-status';

/** The home page of a visitor (not signed in): the public programmes first, then the way in. */
export default function VisitorHome() {
  const { t } = useTranslation();
  return (
    <>
      <Heading1>{t('home.title')}</Heading1>
      <Paragraph lead>{t('home.intro')}</Paragraph>
      <InvitationNotice signedIn={false} />
      <Paragraph>
        <Link to={paths.signIn.url()}>{t('home.signInPrompt')}</Link> {t('home.visitorNote')}
      </Paragraph>
      <PublicProgrammes />
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
