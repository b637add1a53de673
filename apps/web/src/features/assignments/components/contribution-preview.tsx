import type { ContributionKeySpec, MunicipalityResponse } from '@koers/contracts';
import { ContributionSplitError, splitContribution } from '@koers/domain';
import { Alert, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FiguresTable } from '../../../components/figures-table';
import { formatEuros, formatNumber } from '../../../lib/format';
import { keyName } from '../form/key-name';

export interface ContributionPreviewProps {
  /** The members' part: member_contribution + extra_member_contribution lines, in cents. */
  amountCents: number;
  /** Budget lines of the members whose amount cannot be read yet (left out of the amount). */
  unreadableLines: number;
  municipalities: readonly MunicipalityResponse[];
  /** Every member, or the opt-in selection. */
  payerIds: readonly string[];
  contributionKey: ContributionKeySpec;
  keySource: 'assignment' | 'programme' | 'region';
  /** A percentage of the key cannot be read yet (it counts as 0 here). */
  keyUnreadable?: boolean;
}

type Split =
  { ok: true; shares: Record<string, number> } | { ok: false; error: ContributionSplitError };

function trySplit(props: ContributionPreviewProps): Split {
  try {
    return {
      ok: true,
      shares: splitContribution(
        props.amountCents,
        props.municipalities.map((m) => ({ id: m.id, population: m.population })),
        props.payerIds,
        props.contributionKey,
      ),
    };
  } catch (error) {
    if (error instanceof ContributionSplitError) return { ok: false, error };
    throw error;
  }
}

/** What each municipality would pay for this assignment, as typed now, before saving. */
export function ContributionPreview(props: ContributionPreviewProps) {
  const { t, i18n } = useTranslation();
  const { amountCents, municipalities, payerIds } = props;
  const split = trySplit(props);
  const payers = municipalities.filter((m) => payerIds.includes(m.id));
  const names = (ids: readonly string[]) =>
    municipalities
      .filter((m) => ids.includes(m.id))
      .map((m) => m.name)
      .join(', ');

  return (
    <section aria-labelledby="contribution-preview-title" className="koers-preview">
      <Heading3 id="contribution-preview-title">{t('assignments.preview.title')}</Heading3>
      <Paragraph>
        {t('assignments.preview.intro', {
          amount: formatEuros(amountCents),
          key: keyName(props.contributionKey, municipalities, t, i18n.language),
          source: t(`assignments.preview.keySources.${props.keySource}`),
          count: payers.length,
        })}
      </Paragraph>
      {props.unreadableLines > 0 && (
        <Alert type="warning">
          <Paragraph>
            {t('assignments.preview.unreadable', { count: props.unreadableLines })}
          </Paragraph>
        </Alert>
      )}
      {props.keyUnreadable && (
        <Alert type="warning">
          <Paragraph>{t('assignments.preview.keyUnreadable')}</Paragraph>
        </Alert>
      )}
      {!split.ok ? (
        <Alert type="warning">
          <Paragraph>
            {split.error.code === 'POPULATION_UNKNOWN'
              ? t('assignments.preview.populationUnknown', {
                  count: split.error.municipalityIds.length,
                  names: names(split.error.municipalityIds),
                })
              : split.error.code === 'NO_PAYERS'
                ? t('assignments.preview.noPayers')
                : t('assignments.preview.invalidKey')}
          </Paragraph>
        </Alert>
      ) : amountCents === 0 ? (
        <Paragraph>{t('assignments.preview.nothing')}</Paragraph>
      ) : (
        <FiguresTable
          caption={t('assignments.preview.caption', { count: payers.length })}
          columns={[
            { header: t('assignments.preview.municipality') },
            { header: t('assignments.preview.population'), numeric: true },
            { header: t('assignments.preview.amount'), numeric: true },
          ]}
          rows={payers.map((m) => ({
            key: m.id,
            header: m.name,
            cells: [
              m.population === null ? '—' : formatNumber(m.population, i18n.language),
              formatEuros(split.shares[m.id] ?? 0),
            ],
          }))}
          footer={{
            header: t('assignments.preview.total'),
            cells: [null, formatEuros(Object.values(split.shares).reduce((sum, c) => sum + c, 0))],
          }}
        />
      )}
    </section>
  );
}
