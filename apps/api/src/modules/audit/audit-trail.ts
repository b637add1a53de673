import { EntityManager } from 'typeorm';
import { Actor, currentActor } from '../../common/request-context';
import { AuditAction, AuditChange, AuditRecordEntity } from './audit-record.entity';

export type { Actor } from '../../common/request-context';

export interface AuditEntry {
  regionId: string | null;
  entity: string;
  entityId: string;
  action: AuditAction;
  changes?: AuditChange[];
  reason?: string | null;
  /**
   * Who did it. Leave it out: the signed-in person of the request (or the system actor of a
   * `runAs`, e.g. the seed) is taken from the request context. Pass it only when the request
   * has no principal yet, as for a sign-in attempt.
   */
  actor?: Actor;
}

/**
 * Writes an audit record through the manager of the transaction that makes the change, so the
 * change and its record commit or roll back together.
 */
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  const actor = entry.actor ?? currentActor(entry.regionId, `${entry.action} ${entry.entity}`);
  // Built as an entity so TypeORM stores `changes` as one jsonb value, not as a deep partial.
  const record = manager.create(AuditRecordEntity, {
    regionId: entry.regionId,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    changes: entry.changes ?? [],
    reason: entry.reason ?? null,
    actorId: actor.id,
    actorName: actor.name,
    actorRole: actor.role ?? null,
  });
  await manager.save(record);
}

/**
 * The fields whose values differ between two plain snapshots of an entity, as audit changes.
 * Values are compared as JSON, so dates, arrays and nested objects compare by content.
 */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  ignore: readonly string[] = ['updatedAt', 'createdAt', 'version'],
): AuditChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: AuditChange[] = [];
  for (const field of [...fields].sort()) {
    if (ignore.includes(field)) continue;
    const old = before?.[field] ?? null;
    const next = after?.[field] ?? null;
    if (JSON.stringify(old) !== JSON.stringify(next)) changes.push({ field, old, new: next });
  }
  return changes;
}
