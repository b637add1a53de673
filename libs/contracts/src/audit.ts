import type { Page } from './pagination';

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
  'external_programme',
  'programme',
  'assignment',
  'steering_group',
  'council_decision',
  'view_point',
  'user',
  'role_invitation',
  'sign_in',
  'bestuursrapportage',
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

/**
 * The names of the ids a page of the audit trail mentions (in its changes, and the records'
 * subjects): municipalities, themes, people, organisations, assignments ("MRE-2026-01
 * Snelfietsroutes"), council decisions (their municipality), view points ("Asten, 1: …"),
 * regions, programmes, external programmes, users. An id missing here no longer exists.
 */
export type AuditNames = Record<string, string>;

/** `GET /api/audit`: a page of records with the names of what they mention. */
export interface AuditPage extends Page<AuditRecordResponse> {
  names: AuditNames;
}

/** What kind of event a line of a programme's history is. */
export type HistoryKind =
  'transition' | 'programme' | 'assignment' | 'council_decision' | 'view_answer';
export const HISTORY_KINDS: readonly HistoryKind[] = [
  'transition',
  'council_decision',
  'view_answer',
  'assignment',
  'programme',
];

export interface ProgrammeHistoryItem extends AuditRecordResponse {
  kind: HistoryKind;
}

/** `GET /api/programmes/{id}/history`: newest first, filtered by kind and by person. */
export interface ProgrammeHistoryPage extends Page<ProgrammeHistoryItem> {
  names: AuditNames;
}

/**
 * Someone who appears in a programme's history, to filter by: `key` is their user id, or the
 * name of a part of Koers ("demo-gegevens"); name and role as of their latest record there.
 */
export interface HistoryPerson {
  key: string;
  id: string | null;
  name: string;
  role: string | null;
  records: number;
}
