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

/**
 * Who made a change: a person (their user id, their name and role(s) in the region at the time,
 * roles comma-separated as in "admin,bureau", or "platform_admin") or a part of Koers that
 * writes without anyone signed in ("demo-gegevens", "beheer-opdrachtregel"; id null).
 */
export interface AuditActor {
  id: string | null;
  name: string;
  role: string | null;
}

export interface AuditRecordResponse {
  id: string;
  occurredAt: string;
  regionId: string | null;
  /** Who did it; null only on records from before Koers recorded actors. */
  actor: AuditActor | null;
  entity: string;
  entityId: string;
  action: AuditAction;
  changes: AuditChangeItem[];
  reason: string | null;
}
