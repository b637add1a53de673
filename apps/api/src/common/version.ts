import type { ErrorCode } from '@koers/contracts';
import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { definedFields } from './defined';
import { KoersError, ValidationFailedError } from './koers-error';

/** Versions are PostgreSQL `integer` columns: a larger one cannot exist, and must not reach SQL. */
export const MAX_VERSION = 2_147_483_647;

export const VERSION_RANGE = { message: `moet een versienummer van 1 tot ${MAX_VERSION} zijn` };

/**
 * The version a client read, for optimistic locking: `version` in the body, or else the
 * `If-Match: "<n>"` header. Missing, not a whole number or out of range → 400 naming `version`.
 */
export function expectedVersion(bodyVersion: number | undefined, ifMatch?: string): number {
  const match = ifMatch ? /^\s*(?:W\/)?"?(\d{1,10})"?\s*$/.exec(ifMatch) : null;
  const version = bodyVersion ?? (match ? Number(match[1]) : undefined);
  if (
    version !== undefined &&
    Number.isInteger(version) &&
    version >= 1 &&
    version <= MAX_VERSION
  ) {
    return version;
  }
  throw new ValidationFailedError([
    {
      field: 'version',
      message:
        version !== undefined
          ? VERSION_RANGE.message
          : ifMatch
            ? 'If-Match moet een versienummer zijn, bijvoorbeeld "3"'
            : 'is verplicht (in de inhoud of als If-Match-header)',
    },
  ]);
}

/** 409 for a write against a version that is no longer current; the problem carries the current one. */
export const versionConflict = (code: ErrorCode, detail: string, currentVersion: number) =>
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
