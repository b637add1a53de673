import type { StartProgramme } from '@koers/contracts';
import {
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';

interface Props {
  regionId: string;
  regionName: string;
  programmes: StartProgramme[];
}

/** The region's programmes under way, for an observer and an administrator. */
export function RegionProgrammesStart({ regionId, regionName, programmes }: Props) {
  const { t } = useTranslation();
  const id = `start-programmes-${regionId}`;
  return (
    <section aria-labelledby={id} className="koers-section">
      <Heading2 id={id}>{t('start.programmes.title', { region: regionName })}</Heading2>
      {programmes.length === 0 ? (
        <Paragraph>{t('start.programmes.empty')}</Paragraph>
      ) : (
        <UnorderedList>
          {programmes.map((p) => (
            <UnorderedListItem key={p.id}>
              <Link to={paths.programme.url(p.id)}>
                {t('start.programmes.item', {
                  title: p.title,
                  year: p.year,
                  status: t(`programmes.statuses.${p.status}`),
                })}
              </Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
