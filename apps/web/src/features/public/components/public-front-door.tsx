import { compareDutch } from '@koers/domain';
import type { OpenProgramme } from '@koers/contracts';
import {
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Paragraph,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { paths } from '../../../config/paths';
import { useOpenContributions } from '../api/get-open-contributions';
import { useOpenProgrammes } from '../api/get-open-programmes';
import { municipalitySlug } from '../lib/municipality-slug';
import { PublicProgrammeList } from './public-programme-list';

const matches = (text: string, query: string) =>
  text.toLocaleLowerCase('nl').includes(query.toLocaleLowerCase('nl'));

/** Search over the public programmes: by region (name or title) or by a member municipality. */
function ProgrammeSearch({ programmes }: { programmes: readonly OpenProgramme[] }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const q = query.trim();
  // Who takes part in which programme comes from the open contributions: asked only once the
  // visitor searches, so the home page does not load every programme's figures up front.
  const contributions = useOpenContributions(q ? programmes.map((p) => p.id) : []);
  const searchingMembers = contributions.some((c) => c.isPending);
  const membersOf = new Map(
    programmes.map((p, i) => [
      p.id,
      [...new Set((contributions[i]?.data?.items ?? []).map((c) => c.municipalityName))],
    ]),
  );
  const municipalities = q
    ? [...new Set([...membersOf.values()].flat())]
        .filter((name) => matches(name, q))
        .sort(compareDutch)
    : [];
  const shown = q
    ? programmes.filter(
        (p) =>
          matches(p.regionName, q) ||
          matches(p.title, q) ||
          (membersOf.get(p.id) ?? []).some((name) => matches(name, q)),
      )
    : programmes;

  return (
    <>
      <FormField className="koers-field">
        <FormLabel htmlFor="front-door-search">{t('frontDoor.search')}</FormLabel>
        <FormFieldDescription id="front-door-search-help">
          {t('frontDoor.searchHelp')}
        </FormFieldDescription>
        <Textbox
          id="front-door-search"
          type="search"
          value={query}
          aria-describedby="front-door-search-help"
          onChange={(event) => setQuery(event.target.value)}
        />
      </FormField>
      <Paragraph role="status" aria-live="polite">
        {q
          ? searchingMembers
            ? t('frontDoor.searchingMembers')
            : t('frontDoor.found', { count: shown.length })
          : ''}
      </Paragraph>
      {municipalities.length > 0 && (
        <section aria-labelledby="front-door-municipalities">
          <Heading2 id="front-door-municipalities">{t('frontDoor.municipalities')}</Heading2>
          <UnorderedList className="koers-link-list">
            {municipalities.map((name) => (
              <UnorderedListItem key={name}>
                <Link to={paths.publicMunicipality.url(municipalitySlug(name))}>
                  {t('frontDoor.municipalityLink', { name })}
                </Link>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}
      {shown.length === 0 ? (
        !searchingMembers && <Paragraph>{t('frontDoor.noMatch')}</Paragraph>
      ) : (
        <PublicProgrammeList programmes={shown} />
      )}
    </>
  );
}

/** Every region's public programmes, searchable by region or municipality (a visitor's home). */
export function PublicProgrammes() {
  const { t } = useTranslation();
  const programmes = useOpenProgrammes();
  return (
    <section aria-labelledby="front-door-title" className="koers-section">
      <Heading2 id="front-door-title">{t('frontDoor.title')}</Heading2>
      <QueryState
        query={programmes}
        loading={t('frontDoor.loading')}
        failed={t('frontDoor.failed')}
        empty={{ when: (data) => data.items.length === 0, message: t('frontDoor.empty') }}
      >
        {(data) => <ProgrammeSearch programmes={data.items} />}
      </QueryState>
    </section>
  );
}
