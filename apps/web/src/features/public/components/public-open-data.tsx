import { Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

const DATASETS = ['assignments', 'budget-lines', 'contributions', 'council-decisions'] as const;

/** Links to this programme in the open-data API: each dataset as JSON and as CSV, and the docs. */
export function PublicOpenData({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const base = `/api/open/v1/programmes/${programmeId}`;
  return (
    <section aria-labelledby="public-open-data" className="koers-section">
      <Heading2 id="public-open-data">{t('publicProgramme.openData.title')}</Heading2>
      <Paragraph>{t('publicProgramme.openData.intro')}</Paragraph>
      <ul>
        {DATASETS.map((dataset) => (
          <li key={dataset}>
            {t(`publicProgramme.openData.datasets.${dataset}`)}:{' '}
            <Link href={`${base}/${dataset}`}>JSON</Link>{' '}
            <Link href={`${base}/${dataset}?format=csv`} download>
              CSV
            </Link>
          </li>
        ))}
      </ul>
      <Paragraph>
        <Link href="/api/docs#/Open%20data">{t('publicProgramme.openData.docs')}</Link>
      </Paragraph>
    </section>
  );
}
