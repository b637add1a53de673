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
    // Each filter on the records (alias f) and on their counts (alias c, migration AuditCounts).
    const values: unknown[] = [];
    const onRecords: string[] = [];
    const onCounts: string[] = [];
    const filter = (record: string, count: string, operator: string, value: unknown) => {
      values.push(value);
      const parameter = `$${values.length + 2}`;
      onRecords.push(`f.${record} ${operator}(${parameter})`);
      onCounts.push(`c.${count} ${operator}(${parameter})`);
    };
    if (reader && !reader.isPlatformAdmin) {
      // No role anywhere: the empty list matches nothing.
      const regions = [...new Set(reader.grants.map((g) => g.regionId))];
      filter('region_id', 'region_key', '= ANY', regions);
    }
    if (query.entity) filter('entity', 'entity', '=', query.entity);
    if (query.entityId) filter('entity_id', 'entity_id', '=', query.entityId.toLowerCase());
    if (query.regionId) filter('region_id', 'region_key', '=', query.regionId.toLowerCase());
    if (query.action) filter('action', 'action', '=', query.action);
    const where = (conditions: string[], ...more: string[]) =>
      [...conditions, ...more].length > 0 ? `WHERE ${[...conditions, ...more].join(' AND ')}` : '';
    // The total from the counts, then the page read from the nearer end: a late page of a busy
    // entity (offset 19,950 of 20,000) is the first 50 ids in ascending order, not 19,950
    // skipped ones. Both branches are guarded by the total, so PostgreSQL runs one of them.
    const statement = preparedReadOfShape(
      'koers_audit_page',
      `WITH n AS (SELECT coalesce(sum(c.records), 0)::bigint AS total
                    FROM audit_counts c ${where(onCounts)}),
            ids AS (
              (SELECT f.id FROM audit_records f
                 ${where(onRecords, '$2 * 2 < (SELECT total FROM n)')}
                ORDER BY f.id DESC LIMIT $1 OFFSET $2)
              UNION ALL
              (SELECT f.id FROM audit_records f
                 ${where(onRecords, '$2 * 2 >= (SELECT total FROM n)')}
                ORDER BY f.id ASC
                LIMIT greatest(0, least($1, (SELECT total FROM n) - $2))
                OFFSET greatest(0, (SELECT total FROM n) - $2 - $1)))
       SELECT r.id, r.occurred_at, r.region_id, r.actor, r.entity, r.entity_id, r.action,
              r.changes, r.reason, n.total::text FROM n
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
