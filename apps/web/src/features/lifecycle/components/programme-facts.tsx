import type { ProgrammeSummary } from '@koers/contracts';
import { Heading2 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';

/** The programme's status and the dates of its decision-making, each said in words. */
export function ProgrammeFacts({ programme }: { programme: ProgrammeSummary }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string | null) =>
    iso ? formatDate(iso, i18n.language) : t('lifecycle.facts.notYet');
  const rows: [string, string][] = [
    [t('lifecycle.facts.status'), t(`programmes.statuses.${programme.status}`)],
    [t('lifecycle.facts.sentToCouncilsOn'), date(programme.sentToCouncilsOn)],
    [t('lifecycle.facts.consultationDeadline'), date(programme.consultationDeadline)],
    [t('lifecycle.facts.adoptedOn'), date(programme.adoptedOn)],
    [t('lifecycle.facts.versions'), String(programme.versionCount)],
  ];
  return (
    <section aria-labelledby="lifecycle-facts-title" className="koers-section">
      <Heading2 id="lifecycle-facts-title">{t('lifecycle.facts.title')}</Heading2>
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
