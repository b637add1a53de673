import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AuditAction = 'create' | 'update' | 'delete' | 'transition';

export interface AuditChange {
  field: string;
  old: unknown;
  new: unknown;
}

/** One append-only line of the audit trail; the database refuses UPDATE and DELETE on it. */
@Entity('audit_records')
export class AuditRecordEntity {
  // bigint identity; read as a string by pg, which is fine for an opaque, ordered id.
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', insert: false, default: () => 'now()' })
  occurredAt: Date;

  /**
   * The programme a record belongs to, for its history: given by `recordAudit` when the caller
   * has it, else filled in by the database on insert (trigger audit_records_programme).
   */
  @Column({
    name: 'programme_id',
    type: 'uuid',
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  programmeId: string | null;

  @Column({ name: 'region_id', type: 'uuid', nullable: true })
  regionId: string | null;

  /** The user who did it; null for a system actor (and for records from before actors). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /** Their name at the time, or the system actor's name; null only on records from before. */
  @Column({ name: 'actor_name', type: 'varchar', length: 320, nullable: true })
  actorName: string | null;

  /** Their role(s) in the region of the record at the time, comma-separated ("bureau"). */
  @Column({ name: 'actor_role', type: 'varchar', length: 120, nullable: true })
  actorRole: string | null;

  @Column({ type: 'varchar', length: 60 })
  entity: string;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  @Column({ type: 'varchar', length: 20 })
  action: AuditAction;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes: AuditChange[];

  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
