import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Page, PersonResponse } from '@koers/contracts';
import { EntityManager, Repository } from 'typeorm';
import { definedFields } from '../../common/defined';
import { containsPattern, toPage } from '../../common/pagination';
import { translatePgErrors } from '../../common/pg-errors';
import { changedFields, lockAtVersion } from '../../common/version';
import { describeReferences, findReferences } from '../../common/references';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { AuditSubject, deleteAudited, saveAudited } from '../audit/audited-writes';
import { RegionsService } from '../regions/regions.service';
import { CreatePersonDto, PersonListQueryDto, UpdatePersonDto } from './dto/person.dto';
import { PersonEntity } from './person.entity';
import { notInRegion, personInUse, personNotFound, personVersionConflict } from './person.errors';
import { toPersonResponse } from './person.mapper';

@Injectable()
export class PeopleService {
  constructor(
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    private readonly regions: RegionsService,
  ) {}

  async list(regionId: string, query: PersonListQueryDto): Promise<Page<PersonResponse>> {
    await this.regions.get(regionId);
    const qb = this.people
      .createQueryBuilder('p')
      .where('p.regionId = :regionId', { regionId })
      .orderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC');
    if (query.q) qb.andWhere('p.name ILIKE :q', { q: containsPattern(query.q) });
    if (query.organisationId) {
      qb.andWhere('p.organisationId = :organisationId', { organisationId: query.organisationId });
    }
    if (query.municipalityId) {
      qb.andWhere('p.municipalityId = :municipalityId', { municipalityId: query.municipalityId });
    }
    return toPage(qb, query, toPersonResponse);
  }

  /** The person when they belong to this region; one of another region is not found. */
  async get(regionId: string, id: string): Promise<PersonEntity> {
    await this.regions.get(regionId);
    const person = await this.people.findOneBy({ id, regionId });
    if (!person) throw personNotFound(id);
    return person;
  }

  async create(regionId: string, dto: CreatePersonDto): Promise<PersonEntity> {
    await this.regions.get(regionId);
    const person = this.people.create({ ...definedFields(dto), regionId });
    await this.checkLinks(this.people.manager, person);
    return this.people.manager.transaction((manager) => saveAudited(manager, person, AUDIT, null));
  }

  /** Changes the person when they are still at `version`, else PERSON_VERSION_CONFLICT. */
  async update(
    regionId: string,
    id: string,
    version: number,
    dto: UpdatePersonDto,
  ): Promise<PersonEntity> {
    await this.regions.get(regionId);
    return this.people.manager.transaction(async (manager) => {
      const person = await lockAtVersion(manager, PersonEntity, { id, regionId }, version, {
        notFound: () => personNotFound(id),
        conflict: personVersionConflict,
      });
      const before = AUDIT.view(person);
      manager.merge(PersonEntity, person, changedFields(dto));
      person.version = version + 1;
      await this.checkLinks(manager, person);
      return saveAudited(manager, person, AUDIT, before);
    });
  }

  async remove(regionId: string, id: string): Promise<void> {
    const person = await this.get(regionId, id);
    const references = await findReferences(this.people.manager, 'people', id);
    if (references.length > 0) throw personInUse(person.name, describeReferences(references));
    await translatePgErrors(
      () =>
        this.people.manager.transaction((manager) =>
          deleteAudited(manager, PersonEntity, person, AUDIT),
        ),
      {
        foreignKey: (table) => personInUse(person.name, `gegevens in ${table}`),
      },
    );
  }

  /** A person's organisation and municipality must be of the person's own region. */
  private async checkLinks(manager: EntityManager, person: PersonEntity): Promise<void> {
    const { regionId, organisationId, municipalityId } = person;
    if (
      organisationId &&
      !(await manager.existsBy(OrganisationEntity, { id: organisationId, regionId }))
    ) {
      throw notInRegion('organisationId');
    }
    if (
      municipalityId &&
      !(await manager.existsBy(MunicipalityEntity, { id: municipalityId, regionId }))
    ) {
      throw notInRegion('municipalityId');
    }
  }
}

const AUDIT: AuditSubject<PersonEntity> = {
  entity: 'person',
  regionId: (p) => p.regionId,
  view: toPersonResponse,
};
