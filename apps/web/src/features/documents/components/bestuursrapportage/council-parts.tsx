import type { BestuursrapportageResponse } from '@koers/contracts';
import {
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../../lib/format';

/** Each member municipality: what it paid for the year and the assignments it got, with status. */
export function CouncilParts({ report }: { report: BestuursrapportageResponse }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="rollup-councils-title" className="koers-section">
      <Heading2 id="rollup-councils-title">{t('bestuursrapportage.councilsTitle')}</Heading2>
      {report.councils.map((council) => (
        <section key={council.municipalityId} aria-label={council.name}>
          <Heading3>{council.name}</Heading3>
          <Paragraph>
            {council.paidCents === null
              ? t('bestuursrapportage.councilUnknown', { name: council.name })
              : t('bestuursrapportage.councilPaid', {
                  name: council.name,
                  year: report.programme.year,
                  amount: formatEuros(council.paidCents),
                  count: council.assignments.length,
                })}
          </Paragraph>
          <UnorderedList>
            {council.assignments.map((a) => (
              <UnorderedListItem key={a.id}>
                {a.code} {a.title}: {t(`bestuursrapportage.statuses.${a.status}`)}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      ))}
    </section>
  );
}
