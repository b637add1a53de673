import { Injectable } from '@nestjs/common';
import type { AuditRecordResponse, Page } from '@koers/contracts';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/access/principal';
import { AuditRecordEntity } from './audit-record.entity';
import { toAuditRecordResponse } from './audit.mapper';
import { AuditQueryDto } from './dto/audit.dto';

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The audit trail, newest first, filtered by entity, entity id, region and action — and always
   * limited to the regions the reader has a role in (a platform administrator reads all).
   */
  async list(query: AuditQueryDto, reader?: Principal): Promise<Page<AuditRecordResponse>> {
    const repository = this.dataSource.getRepository(AuditRecordEntity);
    const filtered = repository.createQueryBuilder('f');
    if (reader && !reader.isPlatformAdmin) {
      const regionIds = [...new Set(reader.grants.map((grant) => grant.regionId))];
      // No role anywhere: nothing to read (an empty IN list is not valid SQL).
      filtered.andWhere(regionIds.length > 0 ? 'f.region_id IN (:...regionIds)' : 'false', {
        regionIds,
      });
    }
    if (query.entity) filtered.andWhere('f.entity = :entity', { entity: query.entity });
    if (query.entityId) {
      filtered.andWhere('f.entity_id = :entityId', { entityId: query.entityId.toLowerCase() });
    }
    if (query.regionId) {
      filtered.andWhere('f.region_id = :regionId', { regionId: query.regionId.toLowerCase() });
    }
    if (query.action) filtered.andWhere('f.action = :action', { action: query.action });
    // A late page skips thousands of records: skip them in the index (ids only), then read the
    // rows of this page alone.
    const pageIds = filtered
      .clone()
      .select('f.id')
      .orderBy('f.id', 'DESC')
      .limit(query.limit)
      .offset(query.offset);
    const [total, rows] = await Promise.all([
      filtered.getCount(),
      repository
        .createQueryBuilder('r')
        .where(`r.id IN (${pageIds.getQuery()})`)
        .setParameters(pageIds.getParameters())
        .orderBy('r.id', 'DESC')
        .getMany(),
    ]);
    return {
      items: rows.map(toAuditRecordResponse),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }
}
