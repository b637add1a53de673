import type { MoneyWarning, ProgrammeResponse } from '@koers/contracts';
import {
  Alert,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { Fragment, type ReactNode } from 'react';
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

  const populationLink = (warning: { municipalityId: string; municipalityName: string }) =>
    canFix ? (
      <Link
        to={paths.municipalityPopulation.url(
          programme.regionId,
          warning.municipalityId,
          programme.id,
        )}
      >
        {warning.municipalityName}
      </Link>
    ) : (
      warning.municipalityName
    );
  const missing = warnings.filter(
    (w): w is Extract<MoneyWarning, { code: 'POPULATION_MISSING' }> =>
      w.code === 'POPULATION_MISSING',
  );
  const stale = warnings.filter(
    (w): w is Extract<MoneyWarning, { code: 'POPULATION_STALE' }> => w.code === 'POPULATION_STALE',
  );
  const needsPayers = warnings.filter(
    (w): w is Extract<MoneyWarning, { code: 'EXTRA_CONTRIBUTION_NEEDS_PAYERS' }> =>
      w.code === 'EXTRA_CONTRIBUTION_NEEDS_PAYERS',
  );
  /** "A, B en C" with each name a link (for the bureau) to where it is put right. */
  const listed = (items: ReactNode[]) =>
    items.map((item, i) => (
      <Fragment key={i}>
        {i > 0 && (i === items.length - 1 ? ` ${t('moneyWarnings.and')} ` : ', ')}
        {item}
      </Fragment>
    ));

  return (
    <section aria-labelledby="money-warnings-title" className="koers-money-warnings">
      <Alert type="warning">
        <Heading2 id="money-warnings-title">
          {t(beforeSending ? 'moneyWarnings.titleBeforeSending' : 'moneyWarnings.title')}
        </Heading2>
        {referenceDate && 'referenceDate' in referenceDate && (
          <Paragraph>
            {t('moneyWarnings.referenceDate', { date: date(referenceDate.referenceDate) })}
          </Paragraph>
        )}
        <UnorderedList>
          {missing.length > 0 && (
            <UnorderedListItem>
              {t('moneyWarnings.missing', {
                count: missing.length,
                date: date(missing[0].referenceDate),
              })}{' '}
              {listed(missing.map((w) => populationLink(w)))}.
            </UnorderedListItem>
          )}
          {stale.length > 0 && (
            <UnorderedListItem>
              {t('moneyWarnings.stale', {
                count: stale.length,
                date: date(stale[0].referenceDate),
              })}{' '}
              {listed(
                stale.map((w) => (
                  <Fragment key={w.municipalityId}>
                    {populationLink(w)} ({date(w.populationDate)})
                  </Fragment>
                )),
              )}
              .
            </UnorderedListItem>
          )}
          {needsPayers.map((w) => (
            <UnorderedListItem key={`${w.assignmentId}-${w.budgetLineIndex}`}>
              {t('moneyWarnings.needsPayers', {
                code: w.assignmentCode,
                n: w.budgetLineIndex + 1,
                year: w.year,
                amount: formatEuros(w.amountCents),
              })}{' '}
              {canFix && (
                <Link to={paths.assignmentEdit.url(w.assignmentId)}>
                  {t('moneyWarnings.fixPayers', { code: w.assignmentCode })}
                </Link>
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
        {canFix && (missing.length > 0 || stale.length > 0) && (
          <Paragraph>{t('moneyWarnings.howToFix')}</Paragraph>
        )}
      </Alert>
    </section>
  );
}
