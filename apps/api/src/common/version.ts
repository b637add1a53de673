import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { definedFields } from './defined';
import { KoersError, ValidationFailedError } from './koers-error';

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

/** 409 for a write against a version that is no longer current; the problem carries the current one. */
export const versionConflict = (code: string, detail: string, currentVersion: number) =>
  new KoersError(code, 409, `${detail} (nu versie ${currentVersion}); laad opnieuw.`, {
    currentVersion,
  });

/** The fields a PATCH body changes: what it sent, without the version it read. */
export function changedFields<T extends { version?: number }>(dto: T): Partial<Omit<T, 'version'>> {
  const fields: Partial<T> = definedFields(dto);
  delete fields.version;
  return fields;
}

/**
 * The row to change, locked until the transaction ends, when it is still at the version the
 * client read. The lock makes a concurrent write of the same row wait and then see the new
 * version, so of two PATCHes with one version exactly one wins. The caller bumps `version`.
 */
export async function lockAtVersion<E extends ObjectLiteral & { version: number }>(
  manager: EntityManager,
  target: EntityTarget<E>,
  where: FindOptionsWhere<E>,
  version: number,
  errors: { notFound: () => Error; conflict: (currentVersion: number) => Error },
): Promise<E> {
  const row = await manager.findOne(target, { where, lock: { mode: 'pessimistic_write' } });
  if (!row) throw errors.notFound();
  if (row.version !== version) throw errors.conflict(row.version);
  return row;
}
