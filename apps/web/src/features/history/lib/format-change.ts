import type { FieldChange } from '@koers/contracts';
import type { TFunction } from 'i18next';
import { formatDate, formatEuros, formatNumber } from '../../../lib/format';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Object-valued changes (the mandate, a cost-sharing key) become one change per sub-field that
 * differs, named `mandate.budgetCeilingCents`, so each shows its own old → new.
 */
export function expandChanges(changes: readonly FieldChange[]): FieldChange[] {
  return changes.flatMap((change) => {
    const { old, new: next } = change;
    if (!(isPlainObject(old) || isPlainObject(next))) return [change];
    if ((old !== null && !isPlainObject(old)) || (next !== null && !isPlainObject(next))) {
      return [change];
    }
    const before = old ?? {};
    const after = next ?? {};
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys
      .filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null))
      .map((key) => ({
        field: `${change.field}.${key}`,
        old: before[key] ?? null,
        new: after[key] ?? null,
        // The view points behind a change are behind each of its parts.
        ...(change.reasons ? { reasons: change.reasons } : {}),
      }));
  });
}

/** A difference in cents with its sign spelled out: "+ € 1.000,00", "− € 250,00", "€ 0,00". */
export function formatDelta(cents: number): string {
  if (cents === 0) return formatEuros(0);
  return `${cents > 0 ? '+' : '−'} ${formatEuros(Math.abs(cents))}`;
}

/** The name of a field in words, or the field itself when Koers has no words for it. */
export function fieldLabel(field: string, t: TFunction): string {
  const key = `history.changes.fields.${field.replace(/\./g, '_')}`;
  // A nested field without words of its own ("budgetLines.0.year") is named by its last part.
  const leaf = `history.changes.fields.${field.split('.').pop() ?? field}`;
  return t(key, { defaultValue: t(leaf, { defaultValue: field }) });
}

/** The names of the ids a page of history mentions (AuditNames): municipalities, people, … */
export type Names = Readonly<Record<string, string>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Fields whose words are in a table of their own: `history.changes.<table>.<value>`. */
const VALUE_TABLES: Record<string, string> = {
  status: 'statuses',
  participation: 'participations',
  type: 'contributionKeys',
  outcome: 'outcomes',
  role: 'steeringRoles',
  governanceMode: 'governanceModes',
  kind: 'organisationKinds',
  broadProsperityTheme: 'broadProsperity',
};

/** An id by its name; an id Koers no longer knows says so instead of showing the id. */
export function nameOf(id: string, t: TFunction, names: Names): string {
  return names[id] ?? t('history.changes.unknownRef');
}

/**
 * A changed value in words: money in euros, years as years (2026, not 2.026), shares in
 * percent, dates in full, ids by name, statuses and sources translated.
 */
export function formatValue(
  field: string,
  value: unknown,
  t: TFunction,
  language: string,
  names: Names = {},
): string {
  const leaf = field.split('.').pop() ?? field;
  if (value === null || value === undefined || value === '') return t('history.changes.empty');
  if (typeof value === 'number') {
    if (/Cents$/.test(leaf)) return formatEuros(value);
    if (/^year$|Year$/.test(leaf)) return String(value);
    if (/(^b|B)asisPoints$/.test(leaf) || field.includes('basisPointsByMunicipality')) {
      return `${formatNumber(value / 100, language)}%`;
    }
    return formatNumber(value, language);
  }
  if (typeof value === 'boolean') return t(value ? 'history.changes.yes' : 'history.changes.no');
  if (typeof value === 'string') {
    if (UUID.test(value)) return nameOf(value, t, names);
    const table = VALUE_TABLES[leaf];
    if (table) return t(`history.changes.${table}.${value}`, { defaultValue: value });
    if (leaf === 'fundingSource') {
      return t(`history.fundingSources.${value}`, { defaultValue: value });
    }
    if (ISO_DATE.test(value)) return formatDate(value, language);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return t('history.changes.none');
    return value.map((item) => formatItem(leaf, item, t, language, names)).join('; ');
  }
  if (isPlainObject(value)) return formatObject(field, value, t, language, names);
  return JSON.stringify(value);
}

function formatItem(
  field: string,
  item: unknown,
  t: TFunction,
  language: string,
  names: Names,
): string {
  if (isPlainObject(item)) {
    if (typeof item.amountCents === 'number' && typeof item.fundingSource === 'string') {
      return t('history.changes.budgetLine', {
        source: [
          t(`history.fundingSources.${item.fundingSource}`, { defaultValue: item.fundingSource }),
          typeof item.sourceName === 'string' && item.sourceName ? `(${item.sourceName})` : '',
        ]
          .filter(Boolean)
          .join(' '),
        year: item.year ?? '',
        amount: formatEuros(item.amountCents),
      });
    }
    return formatObject(field, item, t, language, names);
  }
  return formatValue(field, item, t, language, names);
}

function formatObject(
  field: string,
  value: Record<string, unknown>,
  t: TFunction,
  language: string,
  names: Names,
): string {
  return Object.entries(value)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([key, v]) => {
      const label = UUID.test(key) ? nameOf(key, t, names) : fieldLabel(key, t);
      return `${label}: ${formatValue(`${field}.${key}`, v, t, language, names)}`;
    })
    .join(', ');
}

/** A moment as "14 mei 2026, 10:32" (or English), in the user's time zone. */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
