import type { ReportingCalendarEntry, ReportingPeriodResponse } from '@koers/contracts';
import { DEFAULT_REPORTING_CALENDAR, periodsOfYear, periodState } from '@koers/domain';
import { EntityManager } from 'typeorm';
import { ReportingCalendarEntity, ReportingPeriodEntity } from './reporting-period.entity';

/** The region's calendar, or the default when it never stored one. */
export async function calendarOf(
  manager: EntityManager,
  regionId: string,
): Promise<{ entries: ReportingCalendarEntry[]; version: number; isDefault: boolean }> {
  const row = await manager.findOne(ReportingCalendarEntity, { where: { regionId } });
  return row
    ? { entries: row.entries, version: row.version, isDefault: false }
    : { entries: [...DEFAULT_REPORTING_CALENDAR], version: 1, isDefault: true };
}

/**
 * Gives a programme entering execution its periods from the region's calendar, in the transaction
 * of the transition (programme-transitions.service). Programmes already in execution before
 * periods existed got theirs from migration ReportingPeriodsOfExecutingProgrammes. Does nothing
 * when the programme has periods already.
 */
export async function createReportingPeriods(
  manager: EntityManager,
  programme: { id: string; regionId: string; year: number },
): Promise<void> {
  const existing = await manager.count(ReportingPeriodEntity, {
    where: { programmeId: programme.id },
  });
  if (existing > 0) return;
  const { entries } = await calendarOf(manager, programme.regionId);
  const periods = periodsOfYear(programme.year, entries).map((p) =>
    manager.create(ReportingPeriodEntity, {
      ...p,
      programmeId: programme.id,
      regionId: programme.regionId,
    }),
  );
  await manager.insert(ReportingPeriodEntity, periods);
}

export function toPeriodResponse(
  period: ReportingPeriodEntity,
  today: string,
): ReportingPeriodResponse {
  return {
    id: period.id,
    programmeId: period.programmeId,
    position: period.position,
    kind: period.kind,
    title: period.title,
    dataUntil: period.dataUntil,
    dueOn: period.dueOn,
    state: periodState({ dueOn: period.dueOn, today }),
  };
}

export function periodsOfProgramme(
  manager: EntityManager,
  programmeId: string,
): Promise<ReportingPeriodEntity[]> {
  return manager.find(ReportingPeriodEntity, {
    where: { programmeId },
    order: { position: 'ASC' },
  });
}
