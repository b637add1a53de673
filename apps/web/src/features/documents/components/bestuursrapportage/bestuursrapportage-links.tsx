import {
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { ProgrammeStatus } from '@koers/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../../config/paths';
import { useBestuursrapportages } from '../../api/list-bestuursrapportages';

const REPORTING_STATUSES: readonly ProgrammeStatus[] = ['in_execution', 'closed'];

/**
 * Links to the programme's bestuursrapportages. On the public page only the final ones (the API
 * lists no others there); nothing at all while there is none.
 */
export function BestuursrapportageLinks({
  programmeId,
  status,
  publicPage = false,
}: {
  programmeId: string;
  status: ProgrammeStatus;
  publicPage?: boolean;
}) {
  const { t } = useTranslation();
  // Reporting periods come with execution: before that there is nothing to ask for.
  const list = useBestuursrapportages(programmeId, REPORTING_STATUSES.includes(status));
  if (!list.data || list.data.length === 0) return null;
  const url = publicPage ? paths.publicBestuursrapportage.url : paths.bestuursrapportage.url;
  return (
    <section aria-labelledby="bestuursrapportages-title" className="koers-section">
      <Heading2 id="bestuursrapportages-title">{t('bestuursrapportage.listTitle')}</Heading2>
      <Paragraph>{t('bestuursrapportage.listIntro')}</Paragraph>
      <UnorderedList>
        {list.data.map((item) => (
          <UnorderedListItem key={item.periodId}>
            <Link to={url(programmeId, item.periodId)}>
              {t('bestuursrapportage.title', { period: item.title })}
            </Link>{' '}
            ({item.final ? t('bestuursrapportage.listFinal') : t('bestuursrapportage.listConcept')})
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}
