import { Injectable } from '@nestjs/common';
import type { ProgrammeRollupResponse, RollupPeriod } from '@koers/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { currentPrincipal } from '../../common/request-context';
import { programmeNotFound } from '../programmes/programme.errors';
import { reportingPeriodNotFound } from '../reporting-periods/reporting-period.errors';
import { BestuursrapportageFinalEntity } from './bestuursrapportage-final.entity';
import { buildRollup } from './build-rollup';
import { bestuursrapportageNotFound } from './progress-rollup.errors';
import {
  readAssignments,
  readProgramme,
  withStartDates,
  type ReadAssignment,
  type ReadProgramme,
} from './rollup-read';

export interface PeriodFound {
  programme: ReadProgramme;
  period: RollupPeriod;
  periods: RollupPeriod[];
}

export interface PeriodRead extends PeriodFound {
  assignments: ReadAssignment[];
}

@Injectable()
export class ProgressRollupService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The roll-up of a period. The region's own people see it at once; a council and the public
   * only once the bureau has marked the period's bestuursrapportage final (before that: 404).
   */
  async rollup(programmeId: string, periodId: string): Promise<ProgrammeRollupResponse> {
    const manager = this.dataSource.manager;
    const { programme, period } = await this.findPeriod(manager, programmeId, periodId);
    if (!mayReadDraft(programme.regionId)) {
      const final = await this.finalOf(manager, programmeId, periodId);
      if (!final) throw bestuursrapportageNotFound(periodId);
      return toRollup(final.snapshot);
    }
    return buildRollup(programme, period, await readAssignments(manager, programmeId, periodId));
  }

  /**
   * The programme and the period (404 when it is not one of the programme's), without its
   * reports: a final snapshot answers without them.
   */
  async findPeriod(
    manager: EntityManager,
    programmeId: string,
    periodId: string,
  ): Promise<PeriodFound> {
    const programme = await readProgramme(manager, programmeId);
    if (!programme) throw programmeNotFound(programmeId);
    const periods = withStartDates(programme);
    const period = periods.find((p) => p.id === periodId);
    if (!period) throw reportingPeriodNotFound(periodId);
    return { programme, period, periods };
  }

  finalOf(
    manager: EntityManager,
    programmeId: string,
    periodId: string,
  ): Promise<BestuursrapportageFinalEntity | null> {
    return manager.findOne(BestuursrapportageFinalEntity, { where: { programmeId, periodId } });
  }
}

/** The roll-up part of a bestuursrapportage snapshot. */
function toRollup(snapshot: BestuursrapportageFinalEntity['snapshot']): ProgrammeRollupResponse {
  const rollup: Partial<typeof snapshot> = { ...snapshot };
  delete rollup.periods;
  delete rollup.kpiTrends;
  delete rollup.councils;
  return rollup as ProgrammeRollupResponse;
}

/**
 * Whether the signed-in user may read a draft bestuursrapportage of the region: anyone with a
 * role in it other than only `council` (the bureau, the board, portfolio holders, observers).
 */
export function mayReadDraft(regionId: string): boolean {
  const principal = currentPrincipal();
  if (!principal) return false;
  if (principal.isPlatformAdmin) return true;
  const grants = principal.grants.filter((g) => g.regionId === regionId);
  return grants.some((g) => g.role !== 'council');
}
