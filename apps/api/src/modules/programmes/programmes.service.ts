import { Injectable } from '@nestjs/common';
import type { Page, ProgrammeResponse, ProgrammeStatus, ProgrammeSummary } from '@koers/contracts';
import { isEditable } from '@koers/domain';
import { DataSource, EntityManager } from 'typeorm';
import { PageQueryDto } from '../../common/pagination';
import { pgError, PG_FOREIGN_KEY_VIOLATION, translatePgErrors } from '../../common/pg-errors';
import { diffFields, recordAudit } from '../audit/audit-trail';
import { regionNotFound } from '../regions/region.errors';
import { checkContributionKey, normaliseContributionKey } from './contribution-key';
import { CreateProgrammeDto, UpdateProgrammeDto } from './dto/programme-request.dto';
import { ProgrammeEntity } from './programme.entity';
import {
  programmeHasAssignments,
  programmeNotDraft,
  programmeNotFound,
  programmeVersionConflict,
  programmeYearTaken,
} from './programme.errors';
import { toProgrammeResponse, toProgrammeSummary } from './programme.mapper';
import { readDataVersion, VersionedReads } from '../../database/versioned-reads';
import { readProgrammeOverview } from './programme-overview';

const COUNT_ASSIGNMENTS = `(SELECT count(*) FROM assignments a WHERE a.programme_id = p.id)`;

/** Fields that define the content of the programme: only a draft may change them. */
const CONTENT_FIELDS = [
  'year',
  'title',
  'introduction',
  'populationReferenceDate',
  'contributionKey',
] as const;

/** The programme as the audit trail records it: the response fields without derived counts. */
export function auditView(entity: ProgrammeEntity): Record<string, unknown> {
  const view: Partial<ProgrammeSummary> = { ...toProgrammeSummary(entity, 0) };
  delete view.assignmentCount;
  return view;
}

/** A programme deleted between the version read and the overview's statement. */
const notFound = (id: string): never => {
  throw programmeNotFound(id);
};

@Injectable()
export class ProgrammesService {
  private readonly reads = new VersionedReads();

  constructor(private readonly dataSource: DataSource) {}

  /** The region's programmes, newest first; `hiddenStatuses` are left out (a council's drafts). */
  async list(
    regionId: string,
    page: PageQueryDto,
    hiddenStatuses: readonly ProgrammeStatus[] = [],
  ): Promise<Page<ProgrammeSummary>> {
    await this.assertRegion(regionId);
    const query = this.dataSource
      .getRepository(ProgrammeEntity)
      .createQueryBuilder('p')
      .addSelect(COUNT_ASSIGNMENTS, 'assignment_count')
      .where('p.region_id = :regionId', { regionId })
      .orderBy('p.year', 'DESC');
    if (hiddenStatuses.length > 0) {
      query.andWhere('p.status NOT IN (:...hiddenStatuses)', { hiddenStatuses });
    }
    const total = await query.getCount();
    const { entities, raw } = await query.limit(page.limit).offset(page.offset).getRawAndEntities();
    const counts = new Map(
      (raw as { p_id: string; assignment_count: string }[]).map((r) => [
        r.p_id,
        Number(r.assignment_count),
      ]),
    );
    return {
      items: entities.map((e) => toProgrammeSummary(e, counts.get(e.id) ?? 0)),
      total,
      limit: page.limit,
      offset: page.offset,
    };
  }

  async get(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProgrammeResponse> {
    // Outside a transaction from memory while the region's data stands still: one row read
    // instead of the overview's statement (its sums and warnings, ~0.8 ms of PostgreSQL on the
    // national data). Inside one, the version moves only at commit: read afresh.
    const overview =
      manager === this.dataSource.manager
        ? await this.reads.get(`overview:${id}`, await readDataVersion(manager, id), () =>
            readProgrammeOverview(manager, id).then((read) => read ?? notFound(id)),
          )
        : await readProgrammeOverview(manager, id);
    if (!overview) throw programmeNotFound(id);
    return toProgrammeResponse(overview.programme, overview.totals, overview.moneyWarnings);
  }

  async create(regionId: string, body: CreateProgrammeDto): Promise<ProgrammeResponse> {
    await this.assertRegion(regionId);
    const id = await this.dataSource.transaction(async (manager) => {
      await checkContributionKey(manager, regionId, body.contributionKey);
      const saved = await translatePgErrors(
        () =>
          manager.save(
            manager.create(ProgrammeEntity, {
              regionId,
              year: body.year,
              title: body.title,
              introduction: body.introduction ?? '',
              populationReferenceDate: body.populationReferenceDate ?? null,
              contributionKey: normaliseContributionKey(body.contributionKey),
              viewWindowWeeks: body.viewWindowWeeks ?? null,
            }),
          ),
        { unique: () => programmeYearTaken(body.year) },
      );
      const created = await this.find(saved.id, manager);
      await recordAudit(manager, {
        regionId,
        entity: 'programme',
        entityId: saved.id,
        action: 'create',
        changes: diffFields(null, auditView(created)),
      });
      return saved.id;
    });
    return this.get(id);
  }

  async update(id: string, version: number, body: UpdateProgrammeDto): Promise<ProgrammeResponse> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.find(id, manager, true);
      if (current.version !== version) throw programmeVersionConflict(current.version);
      const changes: Partial<ProgrammeEntity> = {};
      if (body.year !== undefined) changes.year = body.year;
      if (body.title !== undefined) changes.title = body.title;
      if (body.introduction !== undefined) changes.introduction = body.introduction;
      if (body.populationReferenceDate !== undefined) {
        changes.populationReferenceDate = body.populationReferenceDate;
      }
      if (body.contributionKey !== undefined) {
        await checkContributionKey(manager, current.regionId, body.contributionKey);
        changes.contributionKey = normaliseContributionKey(body.contributionKey);
      }
      if (body.viewWindowWeeks !== undefined) changes.viewWindowWeeks = body.viewWindowWeeks;
      if (!isEditable(current.status) && CONTENT_FIELDS.some((f) => changes[f] !== undefined)) {
        throw programmeNotDraft();
      }
      const result = await translatePgErrors(
        () =>
          manager
            .createQueryBuilder()
            .update(ProgrammeEntity)
            .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
            .where('id = :id AND version = :version', { id, version })
            .execute(),
        { unique: () => programmeYearTaken(body.year ?? current.year) },
      );
      if (!result.affected) throw programmeVersionConflict(current.version);
      const updated = await this.find(id, manager);
      await recordAudit(manager, {
        regionId: current.regionId,
        entity: 'programme',
        entityId: id,
        action: 'update',
        changes: diffFields(auditView(current), auditView(updated)),
      });
    });
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.find(id, manager, true);
      const [{ count }]: { count: string }[] = await manager.query(
        'SELECT count(*) AS count FROM assignments WHERE programme_id = $1',
        [id],
      );
      if (Number(count) > 0) throw programmeHasAssignments(Number(count));
      try {
        await manager.getRepository(ProgrammeEntity).delete(id);
      } catch (error) {
        // An assignment added between the check and the delete: the foreign key says no.
        if (pgError(error, PG_FOREIGN_KEY_VIOLATION)) throw programmeHasAssignments(1);
        throw error;
      }
      await recordAudit(manager, {
        regionId: current.regionId,
        entity: 'programme',
        entityId: id,
        action: 'delete',
        changes: diffFields(auditView(current), null),
      });
    });
  }

  /** The programme, or PROGRAMME_NOT_FOUND; `lock` takes the row for update in a transaction. */
  async find(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<ProgrammeEntity> {
    const entity = lock
      ? await manager
          .getRepository(ProgrammeEntity)
          .createQueryBuilder('p')
          .setLock('pessimistic_write')
          .where('p.id = :id', { id })
          .getOne()
      : await manager.getRepository(ProgrammeEntity).findOneBy({ id });
    if (!entity) throw programmeNotFound(id);
    return entity;
  }

  private async assertRegion(regionId: string): Promise<void> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM regions WHERE id = $1', [
      regionId,
    ]);
    if (rows.length === 0) throw regionNotFound(regionId);
  }
}
