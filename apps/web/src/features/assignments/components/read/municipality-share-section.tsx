import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatEuros, formatNumber } from '../../../../lib/format';
import type { MunicipalityShare } from '../../lib/municipality-share';

/** For a council clerk: what their municipality pays for this assignment, to the cent. */
export function MunicipalityShareSection({
  share,
  councilPageUrl,
}: {
  share: MunicipalityShare;
  councilPageUrl: string;
}) {
  const { t, i18n } = useTranslation();
  const unknown = t('assignmentRead.share.unknown');
  const rows: [string, string][] = [
    [
      t('assignmentRead.share.thisYear', { year: share.year }),
      share.state === 'pays' && share.amountCents !== null
        ? formatEuros(share.amountCents)
        : share.state === 'unknown'
          ? unknown
          : formatEuros(0),
    ],
    ...share.laterYears.map((later): [string, string] => [
      t('assignmentRead.share.laterYear', { year: later.year, programmeYear: share.year }),
      formatEuros(later.amountCents),
    ]),
    [
      t('assignmentRead.share.population'),
      share.population === null ? unknown : formatNumber(share.population, i18n.language),
    ],
  ];
  return (
    <section aria-labelledby="read-share" className="koers-section">
      <Heading2 id="read-share">{t('assignmentRead.share.title', { name: share.name })}</Heading2>
      <dl className="koers-record-facts">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {share.state === 'unknown' && (
        <Paragraph>{t('assignmentRead.share.unknownShare', { name: share.name })}</Paragraph>
      )}
      {share.population === null && (
        <Paragraph>{t('assignmentRead.share.unknownPopulation', { name: share.name })}</Paragraph>
      )}
      {share.state === 'declined' && (
        <Paragraph>{t('assignmentRead.share.declined', { name: share.name })}</Paragraph>
      )}
      {share.state === 'notTakingPart' && (
        <Paragraph>{t('assignmentRead.share.notTakingPart', { name: share.name })}</Paragraph>
      )}
      <Paragraph>
        <Link to={councilPageUrl}>
          {t('assignmentRead.share.councilPage', { name: share.name })}
        </Link>
      </Paragraph>
    </section>
  );
}
