import type { MoneyWarning, ProgrammeResponse } from '@koers/contracts';
import {
  Alert,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../config/paths';
import { formatDate, formatEuros } from '../lib/format';

/**
 * What the bureau must see before a programme goes to the councils: municipalities whose
 * population at the reference date is missing or more than a year old (with the date used), and
 * extra contributions that do not name their payers yet. Each says where to put it right.
 */
export function MoneyWarnings({
  programme,
  canFix,
}: {
  programme: Pick<ProgrammeResponse, 'id' | 'regionId' | 'status' | 'moneyWarnings'>;
  /** The bureau or the region's administrator: links to the forms that fix each warning. */
  canFix: boolean;
}) {
  const { t, i18n } = useTranslation();
  const warnings = programme.moneyWarnings ?? [];
  if (warnings.length === 0) return null;
  const date = (iso: string) => formatDate(iso, i18n.language);
  const referenceDate = warnings.find((w) => 'referenceDate' in w);
  const beforeSending = programme.status === 'draft' || programme.status === 'proposed';

  const fix = (warning: MoneyWarning) => {
    if (!canFix) return null;
    if (warning.code === 'EXTRA_CONTRIBUTION_NEEDS_PAYERS') {
      return (
        <Link to={paths.assignmentEdit.url(warning.assignmentId)}>
          {t('moneyWarnings.fixPayers', { code: warning.assignmentCode })}
        </Link>
      );
    }
    return (
      <Link
        to={paths.municipalityPopulation.url(
          programme.regionId,
          warning.municipalityId,
          programme.id,
        )}
      >
        {t('moneyWarnings.fixPopulation', { name: warning.municipalityName })}
      </Link>
    );
  };

  const sentence = (warning: MoneyWarning) => {
    switch (warning.code) {
      case 'POPULATION_MISSING':
        return t('moneyWarnings.missing', {
          name: warning.municipalityName,
          date: date(warning.referenceDate),
        });
      case 'POPULATION_STALE':
        return t('moneyWarnings.stale', {
          name: warning.municipalityName,
          used: date(warning.populationDate),
          date: date(warning.referenceDate),
        });
      case 'EXTRA_CONTRIBUTION_NEEDS_PAYERS':
        return t('moneyWarnings.needsPayers', {
          code: warning.assignmentCode,
          n: warning.budgetLineIndex + 1,
          year: warning.year,
          amount: formatEuros(warning.amountCents),
        });
      default:
        return (warning as { message: string }).message;
    }
  };

  return (
    <section aria-labelledby="money-warnings-title" className="koers-section">
      <Alert type="warning">
        <Heading2 id="money-warnings-title">
          {t(beforeSending ? 'moneyWarnings.titleBeforeSending' : 'moneyWarnings.title', {
            count: warnings.length,
          })}
        </Heading2>
        {referenceDate && 'referenceDate' in referenceDate && (
          <Paragraph>
            {t('moneyWarnings.referenceDate', { date: date(referenceDate.referenceDate) })}
          </Paragraph>
        )}
        <UnorderedList>
          {warnings.map((warning, i) => (
            <UnorderedListItem key={`${warning.code}-${i}`}>
              {sentence(warning)} {fix(warning)}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </section>
  );
}
