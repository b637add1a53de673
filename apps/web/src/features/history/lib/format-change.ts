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
  return t(key, { defaultValue: field });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A changed value in words: money in euros, dates in full, statuses and sources translated. */
export function formatValue(field: string, value: unknown, t: TFunction, language: string): string {
  const leaf = field.split('.').pop() ?? field;
  if (value === null || value === undefined || value === '') return t('history.changes.empty');
  if (typeof value === 'number') {
    return /Cents$/.test(leaf) ? formatEuros(value) : formatNumber(value, language);
  }
  if (typeof value === 'boolean') return t(value ? 'history.changes.yes' : 'history.changes.no');
  if (typeof value === 'string') {
    if (leaf === 'status') return t(`history.changes.statuses.${value}`, { defaultValue: value });
    if (leaf === 'participation') {
      return t(`history.changes.participations.${value}`, { defaultValue: value });
    }
    if (leaf === 'fundingSource')
      return t(`history.fundingSources.${value}`, { defaultValue: value });
    if (ISO_DATE.test(value)) return formatDate(value, language);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return t('history.changes.none');
    return value.map((item) => formatItem(leaf, item, t, language)).join('; ');
  }
  if (isPlainObject(value)) return formatObject(value, t, language);
  return JSON.stringify(value);
}

function formatItem(field: string, item: unknown, t: TFunction, language: string): string {
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
    return formatObject(item, t, language);
  }
  return formatValue(field, item, t, language);
}

function formatObject(value: Record<string, unknown>, t: TFunction, language: string): string {
  return Object.entries(value)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([key, v]) => `${key}: ${formatValue(key, v, t, language)}`)
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
