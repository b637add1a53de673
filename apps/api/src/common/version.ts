import { ValidationFailedError } from './koers-error';

/**
 * The version a client read, for optimistic locking: `version` in the body, or else the
 * `If-Match: "<n>"` header. Missing or not a whole number → 400 naming `version`.
 */
export function expectedVersion(bodyVersion: number | undefined, ifMatch?: string): number {
  if (bodyVersion !== undefined) return bodyVersion;
  const match = ifMatch ? /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(ifMatch) : null;
  if (match) return Number(match[1]);
  throw new ValidationFailedError([
    {
      field: 'version',
      message: ifMatch
        ? 'If-Match moet een versienummer zijn, bijvoorbeeld "3"'
        : 'is verplicht (in de inhoud of als If-Match-header)',
    },
  ]);
}
