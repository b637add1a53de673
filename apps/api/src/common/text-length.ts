import type { FieldError } from '@koers/contracts';
import { getMetadataStorage } from 'class-validator';

/** Characters as PostgreSQL counts them for `varchar(n)`: code points. */
const characters = (text: string) => [...text].length;

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/**
 * The `@MaxLength` fields of a validated DTO that hold more characters than the database takes.
 * class-validator counts U+FE0E and U+FE0F (emoji variation selectors) as nothing, so `a` with
 * 200 of them passes `@MaxLength(200)` and then fails in PostgreSQL. Walks nested DTOs too.
 */
export function textLengthErrors(value: unknown, path = ''): FieldError[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value))
    return value.flatMap((item, i) => textLengthErrors(item, join(path, i)));
  const object = value as Record<string, unknown>;
  const errors: FieldError[] = [];
  const rules = getMetadataStorage()
    .getTargetValidationMetadatas(object.constructor, '', true, false)
    .filter((rule) => rule.name === 'maxLength');
  for (const rule of rules) {
    const field = join(path, rule.propertyName);
    const max = Number(rule.constraints?.[0]);
    const own = object[rule.propertyName];
    const texts: [unknown, string][] =
      rule.each && Array.isArray(own) ? own.map((t, i) => [t, join(field, i)]) : [[own, field]];
    for (const [text, at] of texts) {
      if (typeof text === 'string' && characters(text) > max) {
        errors.push({ field: at, message: 'is te lang', constraint: 'maxLength' });
      }
    }
  }
  for (const [key, child] of Object.entries(object)) {
    if (child !== null && typeof child === 'object')
      errors.push(...textLengthErrors(child, join(path, key)));
  }
  return errors;
}
