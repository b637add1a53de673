import { Injectable } from '@nestjs/common';
import type {
  BestuursrapportageFinal,
  BestuursrapportageListItem,
  BestuursrapportageResponse,
  ContributionsResponse,
  CouncilPart,
  RollupAssignmentStatus,
} from '@koers/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../../common/clock';
import { KoersError } from '../../../common/koers-error';
import { currentActor } from '../../../common/request-context';
import { recordAudit } from '../../audit/audit-trail';
import { ContributionsService } from '../../contributions/contributions.service';
import { BestuursrapportageFinalEntity } from '../../progress-rollup/bestuursrapportage-final.entity';
import { buildKpiTrends, buildRollup } from '../../progress-rollup/build-rollup';
import {
  bestuursrapportageAlreadyFinal,
  bestuursrapportageNotFound,
} from '../../progress-rollup/progress-rollup.errors';
import {
  mayReadDraft,
  ProgressRollupService,
  type PeriodFound,
  type PeriodRead,
} from '../../progress-rollup/progress-rollup.service';
import { readAssignments, readKpiValues, readProgramme } from '../../progress-rollup/rollup-read';
import { programmeNotFound } from '../../programmes/programme.errors';

type Draft = Omit<BestuursrapportageResponse, 'final'>;

const toFinal = (row: BestuursrapportageFinalEntity): BestuursrapportageFinal => ({
  markedFinalAt: row.markedFinalAt.toISOString(),
  markedFinalBy: row.markedFinalBy,
  version: row.version,
});

@Injectable()
export class BestuursrapportageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rollups: ProgressRollupService,
    private readonly contributions: ContributionsService,
    private readonly clock: Clock,
  ) {}

  /**
   * The period's bestuursrapportage: once final, exactly what was marked final (public); before
   * that, computed now and seen only by the region's own people (a council gets 404).
   */
  async get(programmeId: string, periodId: string): Promise<BestuursrapportageResponse> {
    const manager = this.dataSource.manager;
    const found = await this.rollups.findPeriod(manager, programmeId, periodId);
    const final = await this.rollups.finalOf(manager, programmeId, periodId);
    if (final) return { ...final.snapshot, final: toFinal(final) };
    if (!mayReadDraft(found.programme.regionId)) throw bestuursrapportageNotFound(periodId);
    return { ...(await this.draft(manager, found)), final: null };
  }

  /**
   * The periods of a programme with their bestuursrapportage: all of them for the region's own
   * people, only the final ones for a council and the public.
   */
  async list(programmeId: string): Promise<BestuursrapportageListItem[]> {
    const manager = this.dataSource.manager;
    const programme = await readProgramme(manager, programmeId);
    if (!programme) throw programmeNotFound(programmeId);
    const finals = await manager.find(BestuursrapportageFinalEntity, { where: { programmeId } });
    const finalOf = new Map(finals.map((f) => [f.periodId, toFinal(f)]));
    const draftsToo = mayReadDraft(programme.regionId);
    return programme.periods
      .map((p) => ({
        periodId: p.id,
        title: p.title,
        dataUntil: p.dataUntil,
        final: finalOf.get(p.id) ?? null,
      }))
      .filter((item) => draftsToo || item.final);
  }

  /** Marks it final: the snapshot is stored with who and when, audited, in one transaction. */
  markFinal(programmeId: string, periodId: string): Promise<BestuursrapportageFinal> {
    return this.dataSource.transaction(async (manager) => {
      // One final per period: serialise two clicks on the same programme.
      await manager.query('SELECT id FROM programmes WHERE id = $1 FOR UPDATE', [programmeId]);
      const found = await this.rollups.findPeriod(manager, programmeId, periodId);
      const existing = await this.rollups.finalOf(manager, programmeId, periodId);
      if (existing) throw bestuursrapportageAlreadyFinal(existing.version);
      const regionId = found.programme.regionId;
      const actor = currentActor(regionId, 'mark a bestuursrapportage final');
      const row = manager.create(BestuursrapportageFinalEntity, {
        programmeId,
        periodId,
        regionId,
        version: 1,
        snapshot: await this.draft(manager, found),
        markedFinalAt: this.clock.now(),
        markedFinalBy: actor.name,
      });
      const saved = await manager.save(row);
      await recordAudit(manager, {
        regionId,
        entity: 'bestuursrapportage',
        entityId: saved.id,
        action: 'create',
        changes: [
          { field: 'periodId', old: null, new: periodId },
          { field: 'final', old: false, new: true },
        ],
        actor,
      });
      return toFinal(saved);
    });
  }

  private async draft(manager: EntityManager, found: PeriodFound): Promise<Draft> {
    const read: PeriodRead = {
      ...found,
      assignments: await readAssignments(manager, found.programme.id, found.period.id),
    };
    const rollup = buildRollup(read.programme, read.period, read.assignments);
    const trends = buildKpiTrends(
      await readKpiValues(manager, read.programme.id, read.period.position),
    );
    return {
      ...rollup,
      periods: read.periods,
      kpiTrends: trends,
      councils: await this.councils(manager, read, rollup.assignments),
    };
  }

  /** Per member municipality what it paid (the contributions' own answer) and what it got. */
  private async councils(
    manager: EntityManager,
    read: PeriodRead,
    rows: { id: string; code: string; title: string; status: RollupAssignmentStatus }[],
  ): Promise<CouncilPart[]> {
    let split: ContributionsResponse | null = null;
    try {
      split = await this.contributions.contributions(read.programme.id);
    } catch (error) {
      if (!(error instanceof KoersError && error.code === 'CONTRIBUTION_SPLIT_FAILED')) throw error;
    }
    const members: { id: string; name: string; paidCents: number | null; paying: Set<string> }[] =
      split
        ? split.municipalities.map((m) => ({
            id: m.municipalityId,
            name: m.name,
            paidCents: m.totalCents,
            paying: new Set(
              m.byAssignment.filter((a) => a.amountCents > 0).map((a) => a.assignmentId),
            ),
          }))
        : (await regionMunicipalities(manager, read.programme.regionId)).map((m) => ({
            ...m,
            paidCents: null,
            paying: new Set<string>(),
          }));
    const byId = new Map(read.assignments.map((a) => [a.id, a]));
    return members.map((m) => ({
      municipalityId: m.id,
      name: m.name,
      paidCents: m.paidCents,
      assignments: rows
        .filter((row) => {
          const a = byId.get(row.id);
          return (
            m.paying.has(row.id) || a?.participation === 'all' || !!a?.participants.includes(m.id)
          );
        })
        .map(({ id, code, title, status }) => ({ id, code, title, status })),
    }));
  }
}

async function regionMunicipalities(
  manager: EntityManager,
  regionId: string,
): Promise<{ id: string; name: string }[]> {
  const rows: { id: string; name: string }[] = await manager.query(
    'SELECT id, name FROM municipalities WHERE region_id = $1 ORDER BY name',
    [regionId],
  );
  return rows;
}
