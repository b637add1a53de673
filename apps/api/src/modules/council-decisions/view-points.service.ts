import { Injectable } from '@nestjs/common';
import type { ViewPointRegisterResponse, ViewPointResponse } from '@koers/contracts';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { currentActor } from '../../common/request-context';
import { diffFields, recordAudit } from '../audit/audit-trail';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { ViewPointEntity } from './council-decision.entity';
import {
  programmeNotInConsultation,
  viewPointNotFound,
  viewPointOfEarlierRound,
  viewPointVersionConflict,
} from './council-decision.errors';
import { findProgramme, loadContext, toViewPointResponse } from './council-decision-reader';
import { chooseRound, currentRound, roundsOf } from './consultation-round';
import { AnswerViewPointDto, ViewPointRegisterQueryDto } from './dto/view-point-request.dto';

@Injectable()
export class ViewPointsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Every point of every council's view in one consultation round (default the current one)
   * with the board's answer: the response memo's basis.
   */
  async register(
    programmeId: string,
    query: ViewPointRegisterQueryDto,
  ): Promise<ViewPointRegisterResponse> {
    const manager = this.dataSource.manager;
    const programme = await findProgramme(manager, programmeId);
    const rounds = chooseRound(await roundsOf(manager, programmeId), query.round);
    const { round } = rounds;
    const context = await loadContext(manager, programme, this.clock.today());
    const [counts]: { total: string; unanswered: string }[] = await manager.query(
      `SELECT count(*) AS total, count(*) FILTER (WHERE answer IS NULL) AS unanswered
         FROM view_points WHERE programme_id = $1 AND round = $2`,
      [programmeId, round],
    );
    const qb = manager
      .getRepository(ViewPointEntity)
      .createQueryBuilder('v')
      .innerJoin(MunicipalityEntity, 'm', 'm.id = v.municipality_id')
      .where('v.programme_id = :programmeId AND v.round = :round', { programmeId, round })
      .orderBy('m.name', 'ASC')
      .addOrderBy('v.municipality_id', 'ASC')
      .addOrderBy('v.number', 'ASC');
    if (query.unanswered !== undefined) {
      qb.andWhere(query.unanswered ? 'v.answer IS NULL' : 'v.answer IS NOT NULL');
    }
    if (query.municipalityId) {
      qb.andWhere('v.municipality_id = :municipalityId', { municipalityId: query.municipalityId });
    }
    const total = await qb.getCount();
    const rows = await qb.limit(query.limit).offset(query.offset).getMany();
    const unanswered = Number(counts.unanswered);
    return {
      ...rounds,
      items: rows.map((p) => toViewPointResponse(p, context)),
      total,
      limit: query.limit,
      offset: query.offset,
      counts: {
        total: Number(counts.total),
        answered: Number(counts.total) - unanswered,
        unanswered,
      },
    };
  }

  /**
   * The board's reasoned answer to one point of the current round, with its audit record, while
   * in consultation.
   */
  async answer(
    programmeId: string,
    pointId: string,
    version: number,
    body: AnswerViewPointDto,
  ): Promise<ViewPointResponse> {
    const id = await this.dataSource.transaction(async (manager) => {
      const programme = await findProgramme(manager, programmeId, true);
      const repo = manager.getRepository(ViewPointEntity);
      const point = await repo.findOneBy({ id: pointId, programmeId });
      if (!point) throw viewPointNotFound(pointId);
      if (programme.status !== 'consultation') throw programmeNotInConsultation(programme.status);
      const round = await currentRound(manager, programmeId);
      if (point.round !== round) throw viewPointOfEarlierRound(point.round, round);
      const fields = {
        answer: body.answer.trim(),
        outcome: body.outcome,
        resultingChange: body.resultingChange?.trim() || null,
      };
      const result = await manager
        .createQueryBuilder()
        .update(ViewPointEntity)
        .set({
          ...fields,
          answeredAt: () => 'now()',
          answeredBy: currentActor(point.regionId, 'an answer to a view').name,
          version: () => 'version + 1',
          updatedAt: () => 'now()',
        })
        .where('id = :id AND version = :version', { id: pointId, version })
        .execute();
      if (!result.affected) {
        throw viewPointVersionConflict((await repo.findOneByOrFail({ id: pointId })).version);
      }
      await recordAudit(manager, {
        regionId: point.regionId,
        entity: 'view_point',
        entityId: point.id,
        action: 'update',
        changes: diffFields(
          { answer: point.answer, outcome: point.outcome, resultingChange: point.resultingChange },
          fields,
        ),
      });
      return point.id;
    });
    const manager = this.dataSource.manager;
    const programme = await findProgramme(manager, programmeId);
    const context = await loadContext(manager, programme, this.clock.today());
    const point = await manager.getRepository(ViewPointEntity).findOneByOrFail({ id });
    return toViewPointResponse(point, context);
  }
}
