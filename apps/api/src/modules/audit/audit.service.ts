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
  id: string;
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
    // One pass over the index: the filtered ids, counted by a window while a late page skips
    // them (ids only), then the rows of this page alone. Was a count and a page: two passes.
    const statement = preparedReadOfShape(
      'koers_audit_page',
      `SELECT r.*, p.total::text FROM (
         SELECT f.id, count(*) OVER () AS total FROM audit_records f
          ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY f.id DESC LIMIT $1 OFFSET $2) p
       JOIN audit_records r ON r.id = p.id
      ORDER BY r.id DESC`,
    );
    const read = (limit: number, offset: number) =>
      runPrepared<AuditRow>(this.dataSource.manager, statement, [limit, offset, ...values]);
    const rows = await read(query.limit, query.offset);
    // A page past the end has no row to carry the count: the first page's first row does.
    const counted = rows[0] ?? (query.offset > 0 ? (await read(1, 0))[0] : undefined);
    return {
      items: rows.map((row) =>
        toAuditRecordResponse({
          id: row.id,
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
      total: counted ? toSafeInteger(counted.total) : 0,
      limit: query.limit,
      offset: query.offset,
    };
  }
}
