import type { StartAccounts } from '@koers/contracts';
import {
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';

/** For a region's administrator: invitations not yet accepted and deactivated accounts. */
export function AccountsStart({ accounts: a }: { accounts: StartAccounts }) {
  const { t } = useTranslation();
  const id = `start-accounts-${a.regionId}`;
  const region = a.regionName;
  return (
    <section aria-labelledby={id} className="koers-section">
      <Heading2 id={id}>{t('start.accounts.title', { region })}</Heading2>
      {a.openInvitations === 0 && a.deactivated === 0 ? (
        <Paragraph>{t('start.accounts.none')}</Paragraph>
      ) : (
        <UnorderedList>
          {a.openInvitations > 0 && (
            <UnorderedListItem>
              {t('start.accounts.invitations', { count: a.openInvitations })}
            </UnorderedListItem>
          )}
          {a.deactivated > 0 && (
            <UnorderedListItem>
              {t('start.accounts.deactivated', { count: a.deactivated })}
            </UnorderedListItem>
          )}
        </UnorderedList>
      )}
      <Paragraph>
        <Link to={paths.region.url(a.regionId)}>{t('start.accounts.manage', { region })}</Link>
      </Paragraph>
    </section>
  );
}
