import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { MunicipalityResponse, MunicipalitySort, Page } from '@koers/contracts';
import { EntityManager, Repository } from 'typeorm';
import { definedFields } from '../../common/defined';
import { ValidationFailedError } from '../../common/koers-error';
import { containsPattern, toPage } from '../../common/pagination';
import { translatePgErrors } from '../../common/pg-errors';
import { changedFields, lockAtVersion } from '../../common/version';
import { describeReferences, findReferences } from '../../common/references';
import { AuditSubject, deleteAudited, saveAudited } from '../audit/audited-writes';
import { RegionsService } from '../regions/regions.service';
import {
  CreateMunicipalityDto,
  MunicipalityListQueryDto,
  UpdateMunicipalityDto,
} from './dto/municipality.dto';
import { MunicipalityEntity } from './municipality.entity';
import { recordPopulation } from './population-history';
import {
  municipalityCbsCodeTaken,
  municipalityInUse,
  municipalityNotFound,
  municipalityVersionConflict,
} from './municipality.errors';
import { toMunicipalityResponse } from './municipality.mapper';

const SORT_COLUMNS: Record<MunicipalitySort, string> = {
  name: 'm.name',
  population: 'm.population',
  cbsCode: 'm.cbsCode',
};

@Injectable()
export class MunicipalitiesService {
  constructor(
    @InjectRepository(MunicipalityEntity)
    private readonly municipalities: Repository<MunicipalityEntity>,
    private readonly regions: RegionsService,
  ) {}

  async list(
    regionId: string,
    query: MunicipalityListQueryDto,
  ): Promise<Page<MunicipalityResponse>> {
    await this.regions.get(regionId);
    const order = query.order === 'desc' ? 'DESC' : 'ASC';
    const qb = this.municipalities
      .createQueryBuilder('m')
      .where('m.regionId = :regionId', { regionId })
      // Unknown populations go last whichever way the list is sorted.
      .orderBy(SORT_COLUMNS[query.sort], order, 'NULLS LAST')
      .addOrderBy('m.name', 'ASC')
      .addOrderBy('m.id', 'ASC');
    if (query.q) qb.andWhere('m.name ILIKE :q', { q: containsPattern(query.q) });
    return toPage(qb, query, toMunicipalityResponse);
  }

  async get(id: string): Promise<MunicipalityEntity> {
    const municipality = await this.municipalities.findOneBy({ id });
    if (!municipality) throw municipalityNotFound(id);
    return municipality;
  }

  async create(regionId: string, dto: CreateMunicipalityDto): Promise<MunicipalityEntity> {
    await this.regions.get(regionId);
    checkMembership(dto.memberFrom ?? null, dto.memberUntil ?? null);
    const municipality = this.municipalities.create({ ...definedFields(dto), regionId });
    return translatePgErrors(() => this.saveWithPopulation(municipality, null), {
      unique: () => municipalityCbsCodeTaken(dto.cbsCode),
    });
  }

  /** Changes the municipality when it is still at `version`, else MUNICIPALITY_VERSION_CONFLICT. */
  async update(
    id: string,
    version: number,
    dto: UpdateMunicipalityDto,
  ): Promise<MunicipalityEntity> {
    const write = () =>
      this.municipalities.manager.transaction(async (manager) => {
        const municipality = await lockAtVersion(manager, MunicipalityEntity, { id }, version, {
          notFound: () => municipalityNotFound(id),
          conflict: municipalityVersionConflict,
        });
        const before = AUDIT.view(municipality);
        manager.merge(MunicipalityEntity, municipality, changedFields(dto));
        municipality.version = version + 1;
        checkMembership(municipality.memberFrom, municipality.memberUntil);
        return this.saveWithPopulation(municipality, before, manager);
      });
    return translatePgErrors(write, {
      unique: () => municipalityCbsCodeTaken(dto.cbsCode ?? ''),
    });
  }

  /** Saves the municipality and its population history entry in one transaction. */
  private saveWithPopulation(
    municipality: MunicipalityEntity,
    before: object | null,
    outer?: EntityManager,
  ): Promise<MunicipalityEntity> {
    const save = async (manager: EntityManager) => {
      const saved = await saveAudited(manager, municipality, AUDIT, before);
      await recordPopulation(manager, saved);
      return saved;
    };
    return outer ? save(outer) : this.municipalities.manager.transaction(save);
  }

  async remove(id: string): Promise<void> {
    const municipality = await this.get(id);
    const references = await findReferences(this.municipalities.manager, 'municipalities', id);
    if (references.length > 0) {
      throw municipalityInUse(municipality.name, describeReferences(references));
    }
    await translatePgErrors(
      () =>
        this.municipalities.manager.transaction((manager) =>
          deleteAudited(manager, MunicipalityEntity, municipality, AUDIT),
        ),
      {
        foreignKey: (table) => municipalityInUse(municipality.name, `gegevens in ${table}`),
      },
    );
  }
}

function checkMembership(from: string | null, until: string | null): void {
  if (from && until && until < from) {
    throw new ValidationFailedError([
      { field: 'memberUntil', message: 'mag niet vóór memberFrom liggen' },
    ]);
  }
}

const AUDIT: AuditSubject<MunicipalityEntity> = {
  entity: 'municipality',
  regionId: (m) => m.regionId,
  view: toMunicipalityResponse,
};
