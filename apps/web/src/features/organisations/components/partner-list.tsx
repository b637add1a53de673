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
import { useOrganisations } from '../api/get-organisations';

/** The region's partner organisations; `canEdit` adds a link to each one's edit screen. */
export function PartnerList({
  regionId,
  canEdit = false,
}: {
  regionId: string;
  canEdit?: boolean;
}) {
  const { t } = useTranslation();
  const organisations = useOrganisations(regionId);

  return (
    <section aria-labelledby="partners-title" className="koers-section">
      <Heading2 id="partners-title">{t('partners.title')}</Heading2>
      {canEdit && (
        <Paragraph>
          <Link to={paths.organisationNew.url(regionId)}>{t('organisationEdit.addLink')}</Link>
        </Paragraph>
      )}
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
      </QueryState>
    </section>
  );
}
