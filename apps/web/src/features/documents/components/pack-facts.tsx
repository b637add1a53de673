import type { CouncilPackResponse } from '@koers/contracts';
import { Heading2 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatEuroChange, formatEuros, formatNumber } from '../../../lib/format';

/** "In het kort": the cover sheet's key figures in one list. */
export function PackFacts({ pack }: { pack: CouncilPackResponse }) {
  const { t, i18n } = useTranslation();
  const { programme, municipality, contribution: c } = pack;
  const unknown = t('documents.pack.unknown');
  const inhabitants =
    municipality.population === null
      ? t('documents.pack.populationUnknown')
      : t('documents.pack.inhabitants', {
          number: formatNumber(municipality.population, i18n.language),
        });
  const difference = !pack.previousYear
    ? t('documents.pack.noPrevious', { year: programme.year - 1 })
    : c && c.differenceCents !== null && c.previousYearTotalCents !== null
      ? `${formatEuroChange(c.differenceCents)} (${pack.previousYear.year}: ${formatEuros(c.previousYearTotalCents)})`
      : unknown;
  const deadline = programme.consultationDeadline
    ? t('documents.pack.until', { date: formatDate(programme.consultationDeadline, i18n.language) })
    : programme.sentToCouncilsOn
      ? t('documents.pack.noDeadline')
      : t('documents.pack.notSent');
  const contact = pack.contacts[0];
  const rows: [string, string][] = [
    [
      t('documents.pack.total', { name: municipality.name, year: programme.year }),
      c ? formatEuros(c.totalCents) : unknown,
    ],
    [t('documents.pack.difference'), difference],
    [
      t('documents.pack.perInhabitant'),
      c && c.perInhabitantCents !== null
        ? `${formatEuros(Math.round(c.perInhabitantCents))} (${inhabitants})`
        : `${unknown} (${inhabitants})`,
    ],
    [t('documents.pack.deadline'), deadline],
    [
      t('documents.pack.decision'),
      pack.councilDecision
        ? t(`councilDecisions.statuses.${pack.councilDecision.status}`)
        : t('documents.pack.notSent'),
    ],
    [
      t('documents.pack.contact'),
      contact
        ? [contact.name, contact.email].filter(Boolean).join(', ')
        : t('documents.pack.bureau', { region: pack.region.name }),
    ],
  ];
  return (
    <section aria-labelledby="pack-facts-title" className="koers-section">
      <Heading2 id="pack-facts-title">{t('documents.pack.inShort')}</Heading2>
      <dl className="koers-facts">
        {rows.map(([term, value]) => (
          <div key={term} className="koers-facts__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
