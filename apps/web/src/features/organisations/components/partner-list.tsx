import {
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EditLink } from '../../../components/forms/edit-link';
import { PagedList } from '../../../components/paged-list/paged-list';
import { paths } from '../../../config/paths';
import { usePagedList } from '../../../lib/api/paging';
import { organisationsPageQueryOptions } from '../api/get-organisations';

/**
 * The region's partner organisations, page by page with a search on the name; `canEdit` adds a
 * link to each one's edit screen.
 */
export function PartnerList({
  regionId,
  canEdit = false,
}: {
  regionId: string;
  canEdit?: boolean;
}) {
  const { t } = useTranslation();
  const paging = usePagedList({ prefix: 'partners-' });
  const organisations = useQuery(organisationsPageQueryOptions(regionId, paging.request));

  return (
    <section aria-labelledby="partners-title" className="koers-section">
      <Heading2 id="partners-title">{t('partners.title')}</Heading2>
      {canEdit && (
        <Paragraph>
          <Link to={paths.organisationNew.url(regionId)}>{t('organisationEdit.addLink')}</Link>
        </Paragraph>
      )}
      <PagedList
        paging={paging}
        query={organisations}
        loading={t('partners.loading')}
        failed={t('partners.failed')}
        empty={t('partners.empty')}
        search={{ id: 'partners-q', label: t('partners.search') }}
      >
        {(items) => (
          <UnorderedList>
            {items.map((organisation) => (
              <UnorderedListItem key={organisation.id}>
                {organisation.name} — {t(`partners.kinds.${organisation.kind}`)}
                {canEdit && (
                  <>
                    {' '}
                    <EditLink
                      to={paths.organisationEdit.url(regionId, organisation.id)}
                      name={organisation.name}
                    />
                  </>
                )}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </PagedList>
    </section>
  );
}
