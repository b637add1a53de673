import type { ContributionKeySpec, MunicipalityResponse } from '@koers/contracts';
import type { ContributionSplitError } from '@koers/domain';
import { Alert, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useInRouterContext } from 'react-router';
import { paths } from '../../config/paths';
import { formatEuros, formatNumber } from '../../lib/format';
import { FiguresTable } from '../figures-table';
import type { ContributionParts } from './contribution-parts';
import { keyName } from './key-name';
import { previewShares } from './preview-shares';

export interface ContributionPreviewProps {
  programmeYear: number;
  /** The members' money as typed now, by how it is split. */
  parts: ContributionParts;
  municipalities: readonly MunicipalityResponse[];
  /** Every member, or the opt-in selection: who pays by the key. */
  payerIds: readonly string[];
  contributionKey: ContributionKeySpec;
  keySource: 'assignment' | 'programme' | 'region';
  /** A percentage of the key cannot be read yet (it counts as 0 here). */
  keyUnreadable?: boolean;
  /** What the preview shows, in words, when it is not an assignment's money (a key's example). */
  intro?: string;
}

const sum = (shares: Record<string, number>) => Object.values(shares).reduce((a, b) => a + b, 0);

/** What each municipality would pay for this assignment in the programme's year, as typed now. */
export function ContributionPreview(props: ContributionPreviewProps) {
  const { t, i18n } = useTranslation();
  const { parts, municipalities, payerIds } = props;
  const split = previewShares(parts, municipalities, payerIds, props.contributionKey);
  const extraCents = parts.extras.reduce((total, e) => total + e.amountCents, 0);
  const names = (ids: readonly string[]) =>
    municipalities
      .filter((m) => ids.includes(m.id))
      .map((m) => m.name)
      .join(', ');
  const problemText = (problem: ContributionSplitError) =>
    problem.code === 'POPULATION_UNKNOWN'
      ? t('assignments.preview.populationUnknown', {
          count: problem.municipalityIds.length,
          names: names(problem.municipalityIds),
        })
      : problem.code === 'NO_PAYERS'
        ? t('assignments.preview.noPayers')
        : t('assignments.preview.invalidKey');
  const warnings = [
    props.keyUnreadable && t('assignments.preview.keyUnreadable'),
    parts.unreadable > 0 && t('assignments.preview.unreadable', { count: parts.unreadable }),
    ...parts.pendingExtras.map((n) => t('assignments.preview.pendingExtra', { n })),
    split.keyProblem && parts.keyAmountCents > 0 && problemText(split.keyProblem),
    ...split.extraProblems.map(({ n, problem }) =>
      t('assignments.preview.extraProblem', { n, problem: problemText(problem) }),
    ),
  ].filter((w): w is string => Boolean(w));
  // The screen where the populations are recorded (the bureau's or administrator's).
  const populationUnknown = [split.keyProblem, ...split.extraProblems.map((e) => e.problem)].some(
    (p) => p?.code === 'POPULATION_UNKNOWN',
  );
  const regionId = municipalities[0]?.regionId;
  const inRouter = useInRouterContext();
  const byKey = split.byKey ?? {};
  const shown = municipalities.filter((m) => payerIds.includes(m.id) || m.id in split.byExtra);
  const withExtras = parts.extras.length > 0;
  const canShow = split.byKey !== null || parts.keyAmountCents === 0;

  return (
    <section aria-labelledby="contribution-preview-title" className="koers-preview">
      <Heading3 id="contribution-preview-title">{t('assignments.preview.title')}</Heading3>
      <Paragraph>
        {props.intro ??
          t('assignments.preview.intro', {
            amount: formatEuros(parts.keyAmountCents),
            year: props.programmeYear,
            key: keyName(props.contributionKey, municipalities, t, i18n.language),
            source: t(`assignments.preview.keySources.${props.keySource}`),
            count: municipalities.filter((m) => payerIds.includes(m.id)).length,
          })}
        {withExtras &&
          ` ${t('assignments.preview.extras', { amount: formatEuros(extraCents), count: parts.extras.length })}`}
      </Paragraph>
      {parts.otherYears.length > 0 && (
        <Paragraph>
          {t('assignments.preview.otherYears', {
            year: props.programmeYear,
            amounts: parts.otherYears
              .map((y) =>
                t('assignments.preview.inYear', {
                  amount: formatEuros(y.amountCents),
                  year: y.year,
                }),
              )
              .join(', '),
          })}
        </Paragraph>
      )}
      {warnings.map((warning) => (
        <Alert type="warning" key={warning}>
          <Paragraph>{warning}</Paragraph>
        </Alert>
      ))}
      {populationUnknown && regionId && inRouter && (
        <Paragraph>
          <Link to={paths.populationImport.url(regionId)}>
            {t('assignments.preview.fixPopulations')}
          </Link>
        </Paragraph>
      )}
      {parts.keyAmountCents + extraCents === 0 ? (
        <Paragraph>{t('assignments.preview.nothing')}</Paragraph>
      ) : (
        canShow && (
          <FiguresTable
            caption={t('assignments.preview.caption', { count: shown.length })}
            columns={[
              { header: t('assignments.preview.municipality') },
              { header: t('assignments.preview.population'), numeric: true },
              ...(withExtras
                ? [
                    { header: t('assignments.preview.byKey'), numeric: true },
                    { header: t('assignments.preview.byExtra'), numeric: true },
                  ]
                : []),
              { header: t('assignments.preview.amount'), numeric: true },
            ]}
            rows={shown.map((m) => {
              const key = byKey[m.id] ?? 0;
              const extra = split.byExtra[m.id] ?? 0;
              return {
                key: m.id,
                header: m.name,
                cells: [
                  m.population === null ? '—' : formatNumber(m.population, i18n.language),
                  ...(withExtras ? [formatEuros(key), formatEuros(extra)] : []),
                  formatEuros(key + extra),
                ],
              };
            })}
            footer={{
              header: t('assignments.preview.total'),
              cells: [
                null,
                ...(withExtras ? [formatEuros(sum(byKey)), formatEuros(sum(split.byExtra))] : []),
                formatEuros(sum(byKey) + sum(split.byExtra)),
              ],
            }}
          />
        )
      )}
    </section>
  );
}
