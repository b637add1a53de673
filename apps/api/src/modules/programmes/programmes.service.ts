import { Injectable } from '@nestjs/common';
import type { Page, ProgrammeResponse, ProgrammeSummary } from '@koers/contracts';
import { DataSource } from 'typeorm';
import { PageQueryDto } from '../../common/pagination';
import { pgError, PG_FOREIGN_KEY_VIOLATION, translatePgErrors } from '../../common/pg-errors';
import { regionNotFound } from '../regions/region.errors';
import { CreateProgrammeDto, UpdateProgrammeDto } from './dto/programme-request.dto';
import { ProgrammeEntity } from './programme.entity';
import {
  programmeHasAssignments,
  programmeNotFound,
  programmeVersionConflict,
  programmeYearTaken,
} from './programme.errors';
import { toProgrammeResponse, toProgrammeSummary } from './programme.mapper';
import { queryProgrammeTotals, toProgrammeTotals } from './programme-totals';

const COUNT_ASSIGNMENTS = `(SELECT count(*) FROM assignments a WHERE a.programme_id = p.id)`;

@Injectable()
export class ProgrammesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(regionId: string, page: PageQueryDto): Promise<Page<ProgrammeSummary>> {
    await this.assertRegion(regionId);
    const query = this.dataSource
      .getRepository(ProgrammeEntity)
      .createQueryBuilder('p')
      .addSelect(COUNT_ASSIGNMENTS, 'assignment_count')
      .where('p.region_id = :regionId', { regionId })
      .orderBy('p.year', 'DESC');
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

  async get(id: string): Promise<ProgrammeResponse> {
    const entity = await this.find(id);
    const totals = toProgrammeTotals(await queryProgrammeTotals(this.dataSource.manager, id));
    return toProgrammeResponse(entity, totals);
  }

  async create(regionId: string, body: CreateProgrammeDto): Promise<ProgrammeResponse> {
    await this.assertRegion(regionId);
    const saved = await translatePgErrors(
      () =>
        this.dataSource.getRepository(ProgrammeEntity).save({
          regionId,
          year: body.year,
          title: body.title,
          introduction: body.introduction ?? '',
          populationReferenceDate: body.populationReferenceDate ?? null,
        }),
      { unique: () => programmeYearTaken(body.year) },
    );
    return this.get(saved.id);
  }

  async update(id: string, version: number, body: UpdateProgrammeDto): Promise<ProgrammeResponse> {
    const current = await this.find(id);
    const changes: Partial<ProgrammeEntity> = {};
    if (body.year !== undefined) changes.year = body.year;
    if (body.title !== undefined) changes.title = body.title;
    if (body.introduction !== undefined) changes.introduction = body.introduction;
    if (body.populationReferenceDate !== undefined) {
      changes.populationReferenceDate = body.populationReferenceDate;
    }
    const result = await translatePgErrors(
      () =>
        this.dataSource
          .createQueryBuilder()
          .update(ProgrammeEntity)
          .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
          .where('id = :id AND version = :version', { id, version })
          .execute(),
      { unique: () => programmeYearTaken(body.year ?? current.year) },
    );
    if (!result.affected) throw programmeVersionConflict((await this.find(id)).version);
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    await this.find(id);
    const [{ count }]: { count: string }[] = await this.dataSource.query(
      'SELECT count(*) AS count FROM assignments WHERE programme_id = $1',
      [id],
    );
    if (Number(count) > 0) throw programmeHasAssignments(Number(count));
    try {
      await this.dataSource.getRepository(ProgrammeEntity).delete(id);
    } catch (error) {
      // An assignment added between the check and the delete: the foreign key says no.
      if (pgError(error, PG_FOREIGN_KEY_VIOLATION)) throw programmeHasAssignments(1);
      throw error;
    }
  }

  async find(id: string): Promise<ProgrammeEntity> {
    const entity = await this.dataSource.getRepository(ProgrammeEntity).findOneBy({ id });
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
