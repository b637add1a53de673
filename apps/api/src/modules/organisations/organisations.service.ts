import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { OrganisationResponse, Page } from '@koers/contracts';
import { Repository } from 'typeorm';
import { definedFields } from '../../common/defined';
import { containsPattern, toPage } from '../../common/pagination';
import { translatePgErrors } from '../../common/pg-errors';
import { changedFields, lockAtVersion } from '../../common/version';
import { describeReferences, findReferences } from '../../common/references';
import { AuditSubject, deleteAudited, saveAudited } from '../audit/audited-writes';
import { RegionsService } from '../regions/regions.service';
import {
  CreateOrganisationDto,
  OrganisationListQueryDto,
  UpdateOrganisationDto,
} from './dto/organisation.dto';
import { OrganisationEntity } from './organisation.entity';
import {
  organisationInUse,
  organisationNotFound,
  organisationVersionConflict,
} from './organisation.errors';
import { toOrganisationResponse } from './organisation.mapper';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(OrganisationEntity)
    private readonly organisations: Repository<OrganisationEntity>,
    private readonly regions: RegionsService,
  ) {}

  async list(
    regionId: string,
    query: OrganisationListQueryDto,
  ): Promise<Page<OrganisationResponse>> {
    await this.regions.get(regionId);
    const qb = this.organisations
      .createQueryBuilder('o')
      .where('o.regionId = :regionId', { regionId })
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC');
    if (query.q) qb.andWhere('o.name ILIKE :q', { q: containsPattern(query.q) });
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    return toPage(qb, query, toOrganisationResponse);
  }

  /** The organisation when it belongs to this region; one of another region is not found. */
  async get(regionId: string, id: string): Promise<OrganisationEntity> {
    await this.regions.get(regionId);
    const organisation = await this.organisations.findOneBy({ id, regionId });
    if (!organisation) throw organisationNotFound(id);
    return organisation;
  }

  async create(regionId: string, dto: CreateOrganisationDto): Promise<OrganisationEntity> {
    await this.regions.get(regionId);
    const organisation = this.organisations.create({ ...definedFields(dto), regionId });
    return this.organisations.manager.transaction((manager) =>
      saveAudited(manager, organisation, AUDIT, null),
    );
  }

  /** Changes the organisation when it is still at `version`, else ORGANISATION_VERSION_CONFLICT. */
  async update(
    regionId: string,
    id: string,
    version: number,
    dto: UpdateOrganisationDto,
  ): Promise<OrganisationEntity> {
    await this.regions.get(regionId);
    return this.organisations.manager.transaction(async (manager) => {
      const organisation = await lockAtVersion(
        manager,
        OrganisationEntity,
        { id, regionId },
        version,
        { notFound: () => organisationNotFound(id), conflict: organisationVersionConflict },
      );
      const before = AUDIT.view(organisation);
      manager.merge(OrganisationEntity, organisation, changedFields(dto));
      organisation.version = version + 1;
      return saveAudited(manager, organisation, AUDIT, before);
    });
  }

  async remove(regionId: string, id: string): Promise<void> {
    const organisation = await this.get(regionId, id);
    const references = await findReferences(this.organisations.manager, 'organisations', id);
    if (references.length > 0) {
      throw organisationInUse(organisation.name, describeReferences(references));
    }
    await translatePgErrors(
      () =>
        this.organisations.manager.transaction((manager) =>
          deleteAudited(manager, OrganisationEntity, organisation, AUDIT),
        ),
      {
        foreignKey: (table) => organisationInUse(organisation.name, `gegevens in ${table}`),
      },
    );
  }
}

const AUDIT: AuditSubject<OrganisationEntity> = {
  entity: 'organisation',
  regionId: (o) => o.regionId,
  view: toOrganisationResponse,
};
