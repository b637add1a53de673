import { Heading2, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { useOrganisations } from '../api/get-organisations';

export function PartnerList({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const organisations = useOrganisations(regionId);

  return (
    <section aria-labelledby="partners-title" className="koers-section">
      <Heading2 id="partners-title">{t('partners.title')}</Heading2>
      <QueryState
        query={organisations}
        loading={t('partners.loading')}
        failed={t('partners.failed')}
        empty={{ when: (page) => page.items.length === 0, message: t('partners.empty') }}
      >
        {(page) => (
          <UnorderedList>
            {page.items.map((organisation) => (
              <UnorderedListItem key={organisation.id}>
                {organisation.name} — {t(`partners.kinds.${organisation.kind}`)}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </QueryState>
    </section>
  );
}
