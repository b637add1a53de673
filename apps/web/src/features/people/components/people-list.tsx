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
import { peoplePageQueryOptions } from '../api/get-people';

/**
 * The people of a region with their function, page by page with a search on the name (a region
 * can have hundreds); `canEdit` adds a link to each one's edit screen.
 */
export function PeopleList({ regionId, canEdit = false }: { regionId: string; canEdit?: boolean }) {
  const { t } = useTranslation();
  const paging = usePagedList({ prefix: 'personen-' });
  const people = useQuery(peoplePageQueryOptions(regionId, paging.request));

  return (
    <section aria-labelledby="people-title" className="koers-section">
      <Heading2 id="people-title">{t('people.title')}</Heading2>
      {canEdit && (
        <Paragraph>
          <Link to={paths.personNew.url(regionId)}>{t('personEdit.addLink')}</Link>
        </Paragraph>
      )}
      <PagedList
        paging={paging}
        query={people}
        loading={t('people.loading')}
        failed={t('people.failed')}
        empty={t('people.empty')}
        search={{ id: 'people-q', label: t('people.search') }}
      >
        {(items) => (
          <UnorderedList>
            {items.map((person) => (
              <UnorderedListItem key={person.id}>
                {person.function ? `${person.name} — ${person.function}` : person.name}
                {canEdit && (
                  <>
                    {' '}
                    <EditLink to={paths.personEdit.url(regionId, person.id)} name={person.name} />
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
