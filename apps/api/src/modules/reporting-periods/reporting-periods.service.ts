import { Injectable } from '@nestjs/common';
import type { ReportingCalendarResponse, ReportingPeriodListResponse } from '@koers/contracts';
import { calendarProblems, DEFAULT_REPORTING_CALENDAR } from '@koers/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { ValidationFailedError } from '../../common/koers-error';
import { expectedVersion } from '../../common/version';
import { diffFields, recordAudit } from '../audit/audit-trail';
import { findProgramme } from '../council-decisions/council-decision-reader';
import { UpdateReportingCalendarDto } from './dto/reporting-calendar.dto';
import { reportingCalendarVersionConflict } from './reporting-period.errors';
import { ReportingCalendarEntity } from './reporting-period.entity';
import { calendarOf, periodsOfProgramme, toPeriodResponse } from './reporting-periods';

const PROBLEM_TEXT = {
  EMPTY: 'moet minstens één rapportage bevatten',
  TOO_MANY: 'mag hoogstens 12 rapportages bevatten',
  NOT_A_DAY: 'moet een dag zijn die elk jaar bestaat (MM-DD, geen 02-29)',
  DUE_BEFORE_DATA: 'mag niet vóór de datum liggen tot wanneer de gegevens lopen',
  DUPLICATE_KIND: 'komt al eerder in de kalender voor',
  NOT_IN_ORDER: 'moet later in het jaar liggen dan die van de rapportage ervoor',
} as const;

@Injectable()
export class ReportingPeriodsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async calendar(regionId: string): Promise<ReportingCalendarResponse> {
    return { regionId, ...(await calendarOf(this.dataSource.manager, regionId)) };
  }

  /** Replaces the calendar at the version read; periods already made stay as they are. */
  async updateCalendar(
    regionId: string,
    body: UpdateReportingCalendarDto,
    ifMatch?: string,
  ): Promise<ReportingCalendarResponse> {
    const version = expectedVersion(body.version, ifMatch);
    const entries = body.entries.map(({ kind, title, dataUntil, dueOn }) => ({
      kind,
      title: title.trim(),
      dataUntil,
      dueOn,
    }));
    const problems = calendarProblems(entries);
    if (problems.length > 0) {
      throw new ValidationFailedError(
        problems.map((p) => ({ field: p.field, message: PROBLEM_TEXT[p.code] })),
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(ReportingCalendarEntity, {
        where: { regionId },
        lock: { mode: 'pessimistic_write' },
      });
      // The locked row is what the calendar was; without one, the region had the default.
      const before = row ? row.entries : DEFAULT_REPORTING_CALENDAR;
      const current = row?.version ?? 1;
      if (current !== version) throw reportingCalendarVersionConflict(current);
      const next = current + 1;
      if (row) {
        await manager.update(ReportingCalendarEntity, { regionId }, { entries, version: next });
      } else {
        // The first calendar of a region: of two at once, the second finds the row and gets 409.
        const inserted: unknown[] = await manager.query(
          `INSERT INTO reporting_calendars (region_id, entries, version) VALUES ($1, $2, $3)
           ON CONFLICT (region_id) DO NOTHING RETURNING region_id`,
          [regionId, JSON.stringify(entries), next],
        );
        if (inserted.length === 0) throw reportingCalendarVersionConflict(next);
      }
      await recordAudit(manager, {
        regionId,
        entity: 'reporting_calendar',
        entityId: regionId,
        action: row ? 'update' : 'create',
        changes: diffFields({ entries: before }, { entries }),
      });
      return { regionId, entries, version: next, isDefault: false };
    });
  }

  async periods(programmeId: string): Promise<ReportingPeriodListResponse> {
    const manager = this.dataSource.manager;
    await findProgramme(manager, programmeId);
    const today = this.clock.today();
    const periods = await periodsOfProgramme(manager, programmeId);
    return { programmeId, items: periods.map((p) => toPeriodResponse(p, today)) };
  }
}
