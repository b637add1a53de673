import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ExternalProgrammeResponse, Page } from '@koers/contracts';
import { Repository } from 'typeorm';
import { containsPattern, toPage } from '../../common/pagination';
import { ExternalProgrammeListQueryDto } from './dto/external-programme.dto';
import { ExternalProgrammeEntity } from './external-programme.entity';
import { externalProgrammeNotFound } from './external-programme.errors';
import { toExternalProgrammeResponse } from './external-programme.mapper';

@Injectable()
export class ExternalProgrammesService {
  constructor(
    @InjectRepository(ExternalProgrammeEntity)
    private readonly programmes: Repository<ExternalProgrammeEntity>,
  ) {}

  list(query: ExternalProgrammeListQueryDto): Promise<Page<ExternalProgrammeResponse>> {
    const qb = this.programmes.createQueryBuilder('e').orderBy('e.name', 'ASC').addOrderBy('e.id');
    if (query.q) qb.andWhere('e.name ILIKE :q', { q: containsPattern(query.q) });
    if (query.level) qb.andWhere('e.level = :level', { level: query.level });
    return toPage(qb, query, toExternalProgrammeResponse);
  }

  async get(id: string): Promise<ExternalProgrammeEntity> {
    const programme = await this.programmes.findOneBy({ id });
    if (!programme) throw externalProgrammeNotFound(id);
    return programme;
  }
}
