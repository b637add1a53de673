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
import { usePeople } from '../api/get-people';

/** The people of a region with their function; `canEdit` adds a link to each one's edit screen. */
export function PeopleList({ regionId, canEdit = false }: { regionId: string; canEdit?: boolean }) {
  const { t } = useTranslation();
  const people = usePeople(regionId);

  return (
    <section aria-labelledby="people-title" className="koers-section">
      <Heading2 id="people-title">{t('people.title')}</Heading2>
      {canEdit && (
        <Paragraph>
          <Link to={paths.personNew.url(regionId)}>{t('personEdit.addLink')}</Link>
        </Paragraph>
      )}
      <QueryState
        query={people}
        loading={t('people.loading')}
        failed={t('people.failed')}
        empty={{ when: (page) => page.items.length === 0, message: t('people.empty') }}
      >
        {(page) => (
          <UnorderedList>
            {page.items.map((person) => (
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
      </QueryState>
    </section>
  );
}
