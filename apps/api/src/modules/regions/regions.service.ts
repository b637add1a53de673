import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Page, RegionResponse } from '@koers/contracts';
import { Repository } from 'typeorm';
import { definedFields } from '../../common/defined';
import { containsPattern, toPage } from '../../common/pagination';
import { translatePgErrors } from '../../common/pg-errors';
import { describeReferences, findReferences } from '../../common/references';
import { CreateRegionDto, RegionListQueryDto, UpdateRegionDto } from './dto/region.dto';
import { RegionEntity } from './region.entity';
import { regionInUse, regionNotFound, regionShortNameTaken } from './region.errors';
import { toRegionResponse } from './region.mapper';

@Injectable()
export class RegionsService {
  constructor(@InjectRepository(RegionEntity) private readonly regions: Repository<RegionEntity>) {}

  list(query: RegionListQueryDto): Promise<Page<RegionResponse>> {
    const qb = this.regions.createQueryBuilder('r').orderBy('r.name', 'ASC').addOrderBy('r.id');
    if (query.q) qb.where('r.name ILIKE :q', { q: containsPattern(query.q) });
    return toPage(qb, query, toRegionResponse);
  }

  /** The region, or REGION_NOT_FOUND; other modules use it to check the region in their path. */
  async get(id: string): Promise<RegionEntity> {
    const region = await this.regions.findOneBy({ id });
    if (!region) throw regionNotFound(id);
    return region;
  }

  async create(dto: CreateRegionDto): Promise<RegionEntity> {
    return translatePgErrors(() => this.regions.save(this.regions.create(definedFields(dto))), {
      unique: () => regionShortNameTaken(dto.shortName),
    });
  }

  async update(id: string, dto: UpdateRegionDto): Promise<RegionEntity> {
    const region = await this.get(id);
    this.regions.merge(region, definedFields(dto));
    return translatePgErrors(() => this.regions.save(region), {
      unique: () => regionShortNameTaken(dto.shortName ?? region.shortName),
    });
  }

  async remove(id: string): Promise<void> {
    const region = await this.get(id);
    const references = await findReferences(this.regions.manager, 'regions', id);
    if (references.length > 0) throw regionInUse(region.name, describeReferences(references));
    await translatePgErrors(() => this.regions.delete({ id }), {
      foreignKey: (table) => regionInUse(region.name, `gegevens in ${table ?? 'een andere tabel'}`),
    });
  }
}
