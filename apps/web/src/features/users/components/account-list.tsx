import type { RegionUserResponse } from '@koers/contracts';
import {
  Button,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../../components/paged-list/pager';
import { QueryState } from '../../../components/query-state';
import { ACCOUNTS_PAGE_SIZE, useRegionUsers } from '../api/get-region-users';
import { AccountItem } from './account-item';

/** The region's accounts, searchable by name or address and paged, each with its actions. */
export function AccountList({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const users = useRegionUsers(regionId, q, offset);
  const [message, setMessage] = useState<string | null>(null);

  return (
    <section aria-labelledby="accounts-title" className="koers-section">
      <Heading2 id="accounts-title">{t('accounts.listTitle')}</Heading2>
      <form
        role="search"
        className="koers-filters"
        onSubmit={(event) => {
          event.preventDefault();
          setQ(typed.trim());
          setOffset(0);
        }}
      >
        <FormField className="koers-field">
          <FormLabel htmlFor="accounts-search">{t('accounts.search')}</FormLabel>
          <Textbox
            id="accounts-search"
            type="search"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        </FormField>
        <Button type="submit" appearance="secondary-action-button">
          {t('accounts.searchButton')}
        </Button>
      </form>
      <div role="status" className="koers-announcement">
        {message && <Paragraph>{message}</Paragraph>}
      </div>
      <QueryState
        query={users}
        loading={t('accounts.loading')}
        failed={t('accounts.failed')}
        empty={{ when: (page) => page.items.length === 0, message: t('accounts.empty') }}
      >
        {(page) => (
          <>
            <ul
              className="koers-bare-list"
              aria-label={t('accounts.caption', { count: page.total })}
            >
              {page.items.map((user: RegionUserResponse) => (
                <AccountItem key={user.id} regionId={regionId} user={user} onDone={setMessage} />
              ))}
            </ul>
            <Pager
              page={offset / ACCOUNTS_PAGE_SIZE + 1}
              pageSize={ACCOUNTS_PAGE_SIZE}
              total={page.total}
              onPageChange={(to) => setOffset((to - 1) * ACCOUNTS_PAGE_SIZE)}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}
