import {
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../../config/paths';
import { useBestuursrapportages } from '../../api/list-bestuursrapportages';

/**
 * Links to the programme's bestuursrapportages. On the public page only the final ones (the API
 * lists no others there); nothing at all while there is none.
 */
export function BestuursrapportageLinks({
  programmeId,
  publicPage = false,
}: {
  programmeId: string;
  publicPage?: boolean;
}) {
  const { t } = useTranslation();
  const list = useBestuursrapportages(programmeId);
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
