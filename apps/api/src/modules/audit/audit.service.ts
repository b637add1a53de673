import { Injectable } from '@nestjs/common';
import type { AuditRecordResponse, Page } from '@koers/contracts';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/access/principal';
import { toPage } from '../../common/pagination';
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
  list(query: AuditQueryDto, reader?: Principal): Promise<Page<AuditRecordResponse>> {
    const qb = this.dataSource
      .getRepository(AuditRecordEntity)
      .createQueryBuilder('r')
      .orderBy('r.id', 'DESC');
    if (reader && !reader.isPlatformAdmin) {
      const regionIds = [...new Set(reader.grants.map((grant) => grant.regionId))];
      // No role anywhere: nothing to read (an empty IN list is not valid SQL).
      qb.andWhere(regionIds.length > 0 ? 'r.region_id IN (:...regionIds)' : 'false', { regionIds });
    }
    if (query.entity) qb.andWhere('r.entity = :entity', { entity: query.entity });
    if (query.entityId) {
      qb.andWhere('r.entity_id = :entityId', { entityId: query.entityId.toLowerCase() });
    }
    if (query.regionId) {
      qb.andWhere('r.region_id = :regionId', { regionId: query.regionId.toLowerCase() });
    }
    if (query.action) qb.andWhere('r.action = :action', { action: query.action });
    return toPage(qb, query, toAuditRecordResponse);
  }
}
