import { Injectable } from '@nestjs/common';
import type { AuditRecordResponse, Page } from '@koers/contracts';
import { DataSource } from 'typeorm';
import { toSafeInteger } from '../../common/bigint.transformer';
import type { Principal } from '../../common/access/principal';
import { preparedReadOfShape, runPrepared } from '../../database/prepared-read';
import { AuditRecordEntity } from './audit-record.entity';
import { toAuditRecordResponse } from './audit.mapper';
import { AuditQueryDto } from './dto/audit.dto';

interface AuditRow {
  id: string | null;
  occurred_at: Date;
  region_id: string | null;
  actor: string | null;
  entity: string;
  entity_id: string;
  action: AuditRecordEntity['action'];
  changes: AuditRecordEntity['changes'];
  reason: string | null;
  total: string;
}

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The audit trail, newest first, filtered by entity, entity id, region and action — and always
   * limited to the regions the reader has a role in (a platform administrator reads all).
   */
  async list(query: AuditQueryDto, reader?: Principal): Promise<Page<AuditRecordResponse>> {
    const values: unknown[] = [];
    const where: string[] = [];
    const filter = (sql: (n: number) => string, value: unknown) => {
      values.push(value);
      where.push(sql(values.length + 2));
    };
    if (reader && !reader.isPlatformAdmin) {
      // No role anywhere: the empty list matches nothing.
      filter(
        (n) => `f.region_id = ANY($${n}::uuid[])`,
        [...new Set(reader.grants.map((g) => g.regionId))],
      );
    }
    if (query.entity) filter((n) => `f.entity = $${n}`, query.entity);
    if (query.entityId) filter((n) => `f.entity_id = $${n}`, query.entityId.toLowerCase());
    if (query.regionId) filter((n) => `f.region_id = $${n}`, query.regionId.toLowerCase());
    if (query.action) filter((n) => `f.action = $${n}`, query.action);
    // Count once, then read the page from the nearer end: a late page of a busy entity
    // (offset 19,950 of 20,000) is the first 50 ids in ascending order, not 19,950 skipped
    // ones. Both branches are guarded by the count, so PostgreSQL runs one of them only.
    const filtered = `FROM audit_records f ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`;
    const statement = preparedReadOfShape(
      'koers_audit_page',
      `WITH n AS (SELECT count(*) AS total ${filtered}),
            ids AS (
              (SELECT f.id ${filtered} ${where.length > 0 ? 'AND' : 'WHERE'}
                      $2 * 2 < (SELECT total FROM n)
                ORDER BY f.id DESC LIMIT $1 OFFSET $2)
              UNION ALL
              (SELECT f.id ${filtered} ${where.length > 0 ? 'AND' : 'WHERE'}
                      $2 * 2 >= (SELECT total FROM n)
                ORDER BY f.id ASC
                LIMIT greatest(0, least($1, (SELECT total FROM n) - $2))
                OFFSET greatest(0, (SELECT total FROM n) - $2 - $1)))
       SELECT r.*, n.total::text FROM n
         LEFT JOIN (ids JOIN audit_records r ON r.id = ids.id) ON true
        ORDER BY r.id DESC`,
    );
    const rows = await runPrepared<AuditRow>(this.dataSource.manager, statement, [
      query.limit,
      query.offset,
      ...values,
    ]);
    // Without records on this page, one row still carries the count.
    const page = rows.filter((row) => row.id !== null);
    return {
      items: page.map((row) =>
        toAuditRecordResponse({
          id: row.id as string,
          occurredAt: row.occurred_at,
          regionId: row.region_id,
          actor: row.actor,
          entity: row.entity,
          entityId: row.entity_id,
          action: row.action,
          changes: row.changes,
          reason: row.reason,
        }),
      ),
      total: toSafeInteger(rows[0].total),
      limit: query.limit,
      offset: query.offset,
    };
  }
}
