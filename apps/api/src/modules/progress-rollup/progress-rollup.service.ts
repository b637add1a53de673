import { Injectable } from '@nestjs/common';
import type { ProgrammeRollupResponse, RollupPeriod } from '@koers/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { currentPrincipal } from '../../common/request-context';
import { programmeNotFound } from '../programmes/programme.errors';
import { reportingPeriodNotFound } from '../reporting-periods/reporting-period.errors';
import { BestuursrapportageFinalEntity } from './bestuursrapportage-final.entity';
import { buildRollup } from './build-rollup';
import { bestuursrapportageNotFound } from './progress-rollup.errors';
import { readDataVersion, VersionedReads } from '../../database/versioned-reads';
import {
  readProgramme,
  readRollupInput,
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
  /**
   * Roll-ups as computed, per region data version: every committed change to what a roll-up
   * reads moves it (migrations RegionDataVersions and RegionDataVersionsOfExecution), so a
   * period's roll-up is computed once per change instead of on every request (issue 16).
   */
  private readonly rollups = new VersionedReads();

  constructor(private readonly dataSource: DataSource) {}

  /**
   * The roll-up of a period. The region's own people see it at once; a council and the public
   * only once the bureau has marked the period's bestuursrapportage final (before that: 404).
   */
  async rollup(programmeId: string, periodId: string): Promise<ProgrammeRollupResponse> {
    const manager = this.dataSource.manager;
    const kept = await this.rollups.get(
      `${programmeId}:${periodId}`,
      await readDataVersion(manager, programmeId),
      async () => {
        const read = await readRollupInput(manager, programmeId, periodId);
        if (!read) throw programmeNotFound(programmeId);
        const period = withStartDates(read.programme).find((p) => p.id === periodId);
        return {
          dataVersion: read.dataVersion,
          regionId: read.programme.regionId,
          rollup: period && buildRollup(read.programme, period, read.assignments),
        };
      },
    );
    if (!kept.rollup) throw reportingPeriodNotFound(periodId);
    if (!mayReadDraft(kept.regionId)) {
      const final = await this.finalOf(manager, programmeId, periodId);
      if (!final) throw bestuursrapportageNotFound(periodId);
      return toRollup(final.snapshot);
    }
    return kept.rollup;
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
