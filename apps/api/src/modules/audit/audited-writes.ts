import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { diffFields, recordAudit } from './audit-trail';

/** How an entity appears in the audit trail: its name and its mapped response fields. */
export interface AuditSubject<E> {
  entity: string;
  regionId: (row: E) => string | null;
  view: (row: E) => object;
}

const plain = (value: object | null) => value as Record<string, unknown> | null;

/**
 * Saves a new or changed row and records it in the audit trail through the same manager (call
 * inside `dataSource.transaction`). `before` is the view of the row before the change, or null
 * for a create.
 */
export async function saveAudited<E extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  row: E,
  subject: AuditSubject<E>,
  before: object | null,
): Promise<E> {
  const saved = await manager.save(row);
  await recordAudit(manager, {
    regionId: subject.regionId(saved),
    entity: subject.entity,
    entityId: saved.id,
    action: before ? 'update' : 'create',
    changes: diffFields(plain(before), plain(subject.view(saved))),
  });
  return saved;
}

/** Deletes a row and records its last values in the audit trail, in the same transaction. */
export async function deleteAudited<E extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  target: EntityTarget<E>,
  row: E,
  subject: AuditSubject<E>,
): Promise<void> {
  await manager.delete(target, { id: row.id });
  await recordAudit(manager, {
    regionId: subject.regionId(row),
    entity: subject.entity,
    entityId: row.id,
    action: 'delete',
    changes: diffFields(plain(subject.view(row)), null),
  });
}
