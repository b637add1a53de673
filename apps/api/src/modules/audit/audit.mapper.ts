import type { AuditRecordResponse } from '@koers/contracts';
import { AuditRecordEntity } from './audit-record.entity';

export function toAuditRecordResponse(entity: AuditRecordEntity): AuditRecordResponse {
  return {
    id: String(entity.id),
    occurredAt: entity.occurredAt.toISOString(),
    regionId: entity.regionId,
    actor: entity.actor,
    entity: entity.entity,
    entityId: entity.entityId,
    action: entity.action,
    changes: entity.changes,
    reason: entity.reason,
  };
}
