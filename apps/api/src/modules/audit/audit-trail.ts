import { EntityManager } from 'typeorm';
import { Actor, currentActor } from '../../common/request-context';
import { preparedRead, runPrepared } from '../../database/prepared-read';
import { AuditAction, AuditChange } from './audit-record.entity';

export type { Actor } from '../../common/request-context';

export interface AuditEntry {
  regionId: string | null;
  entity: string;
  entityId: string;
  action: AuditAction;
  changes?: AuditChange[];
  reason?: string | null;
  /**
   * The programme the record belongs to, for its history, when the caller has it at hand; left
   * out, the database works it out from the entity (trigger audit_records_programme).
   */
  programmeId?: string | null;
  /**
   * Who did it. Leave it out: the signed-in person of the request (or the system actor of a
   * `runAs`, e.g. the seed) is taken from the request context. Pass it only when the request
   * has no principal yet, as for a sign-in attempt.
   */
  actor?: Actor;
}

const INSERT_AUDIT_RECORD = preparedRead(
  'koers_audit_record_insert',
  `INSERT INTO audit_records (region_id, programme_id, entity, entity_id, action, changes,
                             reason, actor_id, actor_name, actor_role)
   VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10)`,
);

/**
 * Writes an audit record through the manager of the transaction that makes the change, so the
 * change and its record commit or roll back together. One prepared INSERT: every write of the
 * app ends here, and the statement built and planned anew each time was a noticeable part of a
 * write's cost (issue 14 §4). Without `programmeId` the database works out the programme.
 */
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  const actor = entry.actor ?? currentActor(entry.regionId, `${entry.action} ${entry.entity}`);
  await runPrepared(manager, INSERT_AUDIT_RECORD, [
    entry.regionId,
    entry.programmeId ?? null,
    entry.entity,
    entry.entityId,
    entry.action,
    JSON.stringify(entry.changes ?? []),
    entry.reason ?? null,
    actor.id,
    actor.name,
    actor.role ?? null,
  ]);
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
