import { EntityManager } from 'typeorm';
import { AuditAction, AuditChange, AuditRecordEntity } from './audit-record.entity';

export interface AuditEntry {
  regionId: string | null;
  entity: string;
  entityId: string;
  action: AuditAction;
  changes?: AuditChange[];
  reason?: string | null;
  /** Who did it; until accounts exist, null (recorded as the system). */
  actor?: string | null;
}

/**
 * Writes an audit record through the manager of the transaction that makes the change, so the
 * change and its record commit or roll back together.
 */
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  // Built as an entity so TypeORM stores `changes` as one jsonb value, not as a deep partial.
  const record = manager.create(AuditRecordEntity, {
    regionId: entry.regionId,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    changes: entry.changes ?? [],
    reason: entry.reason ?? null,
    actor: entry.actor ?? null,
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
