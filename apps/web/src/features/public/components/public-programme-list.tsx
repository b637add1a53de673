import type { OpenProgramme } from '@koers/contracts';
import {
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { formatEuros } from '../../../lib/format';

/** Public programmes, one list per region, each linking to its public page. */
export function PublicProgrammeList({ programmes }: { programmes: readonly OpenProgramme[] }) {
  const { t } = useTranslation();
  const regions = [...new Set(programmes.map((p) => p.regionName))];
  return (
    <>
      {regions.map((region) => (
        <section key={region} aria-label={region} className="koers-front-door__region">
          <Heading3>{region}</Heading3>
          <UnorderedList className="koers-link-list">
            {programmes
              .filter((p) => p.regionName === region)
              .map((p) => (
                <UnorderedListItem key={p.id}>
                  <Link to={paths.publicProgramme.url(p.id)}>{p.title}</Link>
                  <Paragraph small>
                    {t('frontDoor.programmeFacts', {
                      year: p.year,
                      status: t(`programmes.statuses.${p.status}`),
                      count: p.assignmentCount,
                      amount: formatEuros(p.budgetTotalCents),
                    })}
                  </Paragraph>
                </UnorderedListItem>
              ))}
          </UnorderedList>
        </section>
      ))}
    </>
  );
}
