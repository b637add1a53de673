import type { ContributionKeySpec } from '@koers/contracts';
import type { TFunction } from 'i18next';
import { formatPercent } from '../../lib/percent-input';

/**
 * A key in words, whole: "Per inwoner", or "Toeslag van 20% voor Eindhoven en Helmond; de rest
 * per inwoner". A key with a surcharge is never named after the key that splits its rest.
 */
export function keyName(
  key: ContributionKeySpec,
  municipalities: readonly { id: string; name: string }[],
  t: TFunction,
  language = 'nl',
): string {
  const fixed = key.fixedShareBasisPoints ?? 5_000;
  const parts = {
    fixed: formatPercent(fixed, language),
    rest: formatPercent(10_000 - fixed, language),
  };
  if (!key.surcharge) return t(`assignments.keyNames.${key.type}`, parts);
  const ids = key.surcharge.municipalityIds;
  const names = municipalities.filter((m) => ids.includes(m.id)).map((m) => m.name);
  return t('assignments.keyNames.surcharge', {
    percent: formatPercent(key.surcharge.basisPoints, language),
    names: new Intl.ListFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
      type: 'conjunction',
    }).format(names.length > 0 ? names : [t('assignments.keyNames.nobody')]),
    rest: t(`assignments.keyNames.rest.${key.type}`, parts),
  });
}
