/** What kind of write an audit record describes. */
export type AuditAction = 'create' | 'update' | 'delete' | 'transition';
export const AUDIT_ACTIONS: readonly AuditAction[] = ['create', 'update', 'delete', 'transition'];

/** The entities the audit trail names. */
export const AUDIT_ENTITIES = [
  'region',
  'municipality',
  'organisation',
  'person',
  'theme',
  'programme',
  'assignment',
  'steering_group',
  'council_decision',
  'view_point',
  'user',
  'role_invitation',
  'sign_in',
] as const;

export interface AuditChangeItem {
  field: string;
  old: unknown;
  new: unknown;
}

export interface AuditRecordResponse {
  id: string;
  occurredAt: string;
  regionId: string | null;
  /** Who did it; null until accounts exist (the system). */
  actor: string | null;
  entity: string;
  entityId: string;
  action: AuditAction;
  changes: AuditChangeItem[];
  reason: string | null;
}
