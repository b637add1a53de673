import type { ExternalProgrammeResponse } from '@koers/contracts';
import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EditLink } from '../../../components/forms/edit-link';
import { QueryState } from '../../../components/query-state';
import { useExternalProgrammes } from '../api/get-external-programmes';

/**
 * Every external programme, with its level and who maintains it; an edit link beside each one
 * `mayEdit` allows, and a link to add one when `addUrl` is given. `labelledBy`: the heading's id.
 */
export function ExternalProgrammeList(props: {
  regionId: string;
  labelledBy: string;
  addUrl?: string;
  editUrl: (programme: ExternalProgrammeResponse) => string;
  mayEdit: (programme: ExternalProgrammeResponse) => boolean;
}) {
  const { t } = useTranslation();
  const programmes = useExternalProgrammes();
  const owner = (programme: ExternalProgrammeResponse) =>
    programme.regionId === null
      ? 'shared'
      : programme.regionId === props.regionId
        ? 'own'
        : 'other';

  return (
    <section aria-labelledby={props.labelledBy} className="koers-section">
      {props.addUrl && (
        <Paragraph>
          <Link to={props.addUrl}>{t('externalProgrammes.addLink')}</Link>
        </Paragraph>
      )}
      <QueryState
        query={programmes}
        loading={t('externalProgrammes.loading')}
        failed={t('externalProgrammes.failed')}
        empty={{
          when: (page) => page.items.length === 0,
          message: t('externalProgrammes.empty'),
        }}
      >
        {(page) => (
          <UnorderedList>
            {page.items.map((programme) => (
              <UnorderedListItem key={programme.id}>
                {programme.name} — {t(`externalProgrammes.levels.${programme.level}`)},{' '}
                {t(`externalProgrammes.owner.${owner(programme)}`)}
                {props.mayEdit(programme) && (
                  <>
                    {' '}
                    <EditLink to={props.editUrl(programme)} name={programme.name} />
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
