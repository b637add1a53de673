import type { ContributionKeyType, ContributionKeySpec } from '@koers/contracts';
import { basisPointsToPercentInput, parsePercent } from '../../lib/percent-input';

/**
 * An assignment's own cost-sharing key as the form holds it: every percentage as typed, so
 * "12," stays on screen while the user types "12,5". `inherit` = the programme's key. A key with
 * a surcharge is its own choice (the main beneficiaries pay extra, `restType` splits the rest),
 * so it is never shown under the name of the key it splits the rest with.
 */
export type KeyChoice = 'inherit' | 'surcharge' | ContributionKeyType;
export interface KeyDraft {
  choice: KeyChoice;
  /** With a surcharge: how the rest is split. */
  restType: ContributionKeyType;
  /** fixed_plus_per_inhabitant: the part split equally, in percent. */
  fixedPercent: string;
  /** custom_percentages: municipality id → percent as typed. */
  percents: Record<string, string>;
  surchargePercent: string;
  surchargeIds: string[];
}

export type KeyProblem = 'percent' | 'percentsRequired' | 'surchargeMunicipalities';

export function keyDraftFrom(key: ContributionKeySpec | null | undefined): KeyDraft {
  return {
    choice: !key ? 'inherit' : key.surcharge ? 'surcharge' : key.type,
    restType: key?.type ?? 'per_inhabitant',
    fixedPercent: basisPointsToPercentInput(key?.fixedShareBasisPoints ?? 5_000),
    percents: Object.fromEntries(
      Object.entries(key?.basisPointsByMunicipality ?? {}).map(([id, bp]) => [
        id,
        basisPointsToPercentInput(bp),
      ]),
    ),
    surchargePercent: key?.surcharge ? basisPointsToPercentInput(key.surcharge.basisPoints) : '',
    surchargeIds: [...(key?.surcharge?.municipalityIds ?? [])],
  };
}

/**
 * The key the draft stands for, with the API's field paths for what cannot be read. `key` is
 * always usable for a preview: an unreadable percentage counts as 0 there.
 */
export function keyFromDraft(draft: KeyDraft): {
  key: ContributionKeySpec | null;
  problems: Record<string, KeyProblem>;
} {
  const problems: Record<string, KeyProblem> = {};
  if (draft.choice === 'inherit') return { key: null, problems };
  const read = (path: string, text: string) => {
    const value = parsePercent(text);
    if (value === null) problems[`contributionKey.${path}`] = 'percent';
    return value ?? 0;
  };
  const type = draft.choice === 'surcharge' ? draft.restType : draft.choice;
  const key: ContributionKeySpec = { type };
  if (type === 'fixed_plus_per_inhabitant') {
    key.fixedShareBasisPoints = read('fixedShareBasisPoints', draft.fixedPercent);
  }
  if (type === 'custom_percentages') {
    key.basisPointsByMunicipality = Object.fromEntries(
      Object.entries(draft.percents)
        .filter(([, text]) => text.trim() !== '')
        .map(([id, text]) => [id, read(`basisPointsByMunicipality.${id}`, text)]),
    );
    if (Object.keys(key.basisPointsByMunicipality).length === 0) {
      problems['contributionKey.basisPointsByMunicipality'] = 'percentsRequired';
    }
  }
  if (draft.choice === 'surcharge') {
    const basisPoints = read('surcharge.basisPoints', draft.surchargePercent);
    if (draft.surchargeIds.length === 0) {
      problems['contributionKey.surcharge.municipalityIds'] = 'surchargeMunicipalities';
    }
    key.surcharge = { municipalityIds: draft.surchargeIds, basisPoints };
  }
  return { key, problems };
}

/** The sum of the typed custom percentages, in basis points (unreadable ones left out). */
export function percentSum(draft: KeyDraft): number {
  return Object.values(draft.percents).reduce((sum, text) => sum + (parsePercent(text) ?? 0), 0);
}
