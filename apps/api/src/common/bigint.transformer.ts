import { ValueTransformer } from 'typeorm';

/**
 * PostgreSQL `bigint` (returned by pg as a string) to a JS number and back. Refuses anything that
 * is not a safe integer, so cents are never silently rounded.
 */
export const bigintTransformer = {
  to: (value: number | null | undefined): number | null | undefined => {
    if (value === null || value === undefined) return value;
    if (!Number.isSafeInteger(value)) throw new RangeError(`Not a safe integer: ${value}`);
    return value;
  },
  from: (value: string | number | null): number | null =>
    value === null ? null : toSafeInteger(value),
} satisfies ValueTransformer;

/** `numeric` (a string from pg) to a number; for FTE, never for money. */
export const numericTransformer = {
  to: (value: number | null | undefined): number | null | undefined => value,
  from: (value: string | number | null): number | null => (value === null ? null : Number(value)),
} satisfies ValueTransformer;

/** Converts a bigint that PostgreSQL returned (as string) to a number, refusing unsafe ones. */
export function toSafeInteger(value: string | number | bigint): number {
  const result = Number(value);
  if (!Number.isSafeInteger(result) || String(value).includes('.')) {
    throw new RangeError(`Not a safe integer: ${String(value)}`);
  }
  return result;
}

/**
 * `date[]` to `YYYY-MM-DD` strings: pg parses the elements of a date array into local-midnight
 * Date objects (single `date` columns stay strings), so read them back with local getters.
 */
export const dateArrayTransformer = {
  to: (value: string[] | null | undefined): string[] | null | undefined => value,
  from: (value: (Date | string)[] | null): string[] | null =>
    value === null ? null : value.map((d) => (d instanceof Date ? localDate(d) : d)),
} satisfies ValueTransformer;

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
