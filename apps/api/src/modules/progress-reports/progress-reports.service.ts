import { Injectable } from '@nestjs/common';
import type {
  AssignmentProgressResponse,
  ProgressOverviewResponse,
  ProgressReportResponse,
  ProgressReportState,
} from '@koers/contracts';
import { isReportEditable, isReportReviewable } from '@koers/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { ValidationFailedError } from '../../common/koers-error';
import { pgError, PG_UNIQUE_VIOLATION } from '../../common/pg-errors';
import { currentActor, currentPrincipal } from '../../common/request-context';
import { expectedVersion } from '../../common/version';
import { AssignmentEntity } from '../assignments/assignment.entity';
import { assignmentNotFound } from '../assignments/assignment.errors';
import { diffFields, recordAudit } from '../audit/audit-trail';
import { findProgramme } from '../council-decisions/council-decision-reader';
import { programmeNotInExecution } from '../reporting-periods/reporting-period.errors';
import { periodsOfProgramme, toPeriodResponse } from '../reporting-periods/reporting-periods';
import {
  CreateProgressReportDto,
  UpdateProgressReportDto,
} from './dto/progress-report-request.dto';
import { mayReviewReports, mayWriteReports } from './progress-report-access';
import { ProgressReportEntity } from './progress-report.entity';
import {
  progressReportExists,
  progressReportFrozen,
  progressReportNotEditable,
  progressReportNotFound,
  progressReportNotSubmitted,
  progressReportVersionConflict,
} from './progress-report.errors';
import { progressOverview } from './progress-overview';
import { readReports } from './progress-report-read';
import { assignmentLines, auditView, checkContent, replaceLines } from './progress-report-write';

const ENTITY = 'progress_report';

/** The response's lines in the shape of a request, so an update's audit compares like with like. */
function linesView(report: ProgressReportResponse): Record<string, unknown> {
  return {
    state: report.state,
    course: report.course,
    courseExplanation: report.courseExplanation,
    delivered: report.delivered,
    milestones: report.milestones.map(({ title, plannedOn, doneOn }) => ({
      title,
      plannedOn,
      doneOn,
    })),
    money: report.money.map(({ budgetLineId, committedCents, spentCents, explanation }) => ({
      budgetLineId,
      committedCents,
      spentCents,
      explanation,
    })),
    capacity: report.capacity.map(({ capacityLineId, fte, hours }) => ({
      capacityLineId,
      fte,
      hours,
    })),
    kpiValues: report.kpiValues.map(({ kpiId, value, measuredOn, source }) => ({
      kpiId,
      value,
      measuredOn,
      source,
    })),
    risks: report.risks,
  };
}

@Injectable()
export class ProgressReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private async assignment(manager: EntityManager, id: string): Promise<AssignmentEntity> {
    const assignment = await manager.findOne(AssignmentEntity, { where: { id } });
    if (!assignment) throw assignmentNotFound(id);
    return assignment;
  }

  private async respond(manager: EntityManager, report: ProgressReportEntity) {
    const periods = await periodsOfProgramme(manager, report.programmeId);
    const [answer] = await readReports(manager, [report], periods, this.clock.today());
    return answer;
  }

  /** Every period of the assignment's programme with its report, and what the form offers. */
  async forAssignment(assignmentId: string): Promise<AssignmentProgressResponse> {
    const manager = this.dataSource.manager;
    const assignment = await this.assignment(manager, assignmentId);
    const today = this.clock.today();
    const [programme, lines, periods, reports] = await Promise.all([
      findProgramme(manager, assignment.programmeId),
      assignmentLines(manager, assignmentId),
      periodsOfProgramme(manager, assignment.programmeId),
      manager.find(ProgressReportEntity, { where: { assignmentId } }),
    ]);
    const answers = await readReports(manager, reports, periods, today);
    return {
      assignmentId,
      programmeId: programme.id,
      programmeYear: programme.year,
      code: assignment.code,
      title: assignment.title,
      regionId: assignment.regionId,
      mayWrite:
        programme.status === 'in_execution' &&
        mayWriteReports(currentPrincipal(), assignment.regionId, assignment),
      mayReview:
        programme.status === 'in_execution' &&
        mayReviewReports(currentPrincipal(), assignment.regionId),
      budgetLines: lines.budgetLines.map(
        ({ id, fundingSource, sourceName, year, amountCents }) => ({
          id,
          fundingSource,
          sourceName,
          year,
          amountCents,
        }),
      ),
      capacityLines: lines.capacityLines.map(({ id, supplierName, year, fte, hours }) => ({
        id,
        supplierName,
        year,
        fte,
        hours,
      })),
      kpis: lines.kpis.map(({ id, name, unit, baseline, target }) => ({
        id,
        name,
        unit,
        baseline,
        target,
      })),
      periods: periods.map((period) => ({
        period: toPeriodResponse(period, today),
        report: answers.find((r) => r.periodId === period.id) ?? null,
      })),
    };
  }

  overview(programmeId: string): Promise<ProgressOverviewResponse> {
    return progressOverview(this.dataSource.manager, programmeId, this.clock.today());
  }

  async get(assignmentId: string, reportId: string): Promise<ProgressReportResponse> {
    const manager = this.dataSource.manager;
    const report = await manager.findOne(ProgressReportEntity, {
      where: { id: reportId, assignmentId },
    });
    if (!report) throw progressReportNotFound(reportId);
    return this.respond(manager, report);
  }

  /** One transaction: the report and all its lines, and its audit record, or nothing. */
  async create(
    assignmentId: string,
    body: CreateProgressReportDto,
  ): Promise<ProgressReportResponse> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const assignment = await this.assignment(manager, assignmentId);
        const programme = await findProgramme(manager, assignment.programmeId, true);
        if (programme.status !== 'in_execution') throw programmeNotInExecution();
        const periods = await periodsOfProgramme(manager, programme.id);
        const period = periods.find((p) => p.id === body.periodId.toLowerCase());
        if (!period) {
          throw new ValidationFailedError([
            {
              field: 'periodId',
              message: `is geen rapportageperiode van het programma ${programme.year} van deze opdracht`,
            },
          ]);
        }
        const existing = await manager.findOne(ProgressReportEntity, {
          where: { assignmentId, periodId: period.id },
        });
        if (existing) throw progressReportExists(existing.id);
        checkContent(body, await assignmentLines(manager, assignmentId));
        const author = currentActor(assignment.regionId, 'a progress report');
        const report = await manager.save(
          manager.create(ProgressReportEntity, {
            programmeId: programme.id,
            regionId: assignment.regionId,
            assignmentId,
            periodId: period.id,
            state: 'draft',
            course: body.course,
            courseExplanation: body.courseExplanation.trim(),
            delivered: body.delivered.trim(),
            createdBy: author.name,
            createdById: author.id,
          }),
        );
        await replaceLines(manager, report, body);
        await recordAudit(manager, {
          regionId: report.regionId,
          entity: ENTITY,
          entityId: report.id,
          action: 'create',
          changes: diffFields(null, auditView(report, body)),
        });
        return this.respond(manager, report);
      });
    } catch (error) {
      // Two first reports at once: the unique key lets one in, the other hears it exists.
      if (pgError(error, PG_UNIQUE_VIOLATION)) throw progressReportExists('');
      throw error;
    }
  }

  /** Replaces the content and lines of a draft or returned report, at the version read. */
  async update(
    assignmentId: string,
    reportId: string,
    body: UpdateProgressReportDto,
    ifMatch?: string,
  ): Promise<ProgressReportResponse> {
    const version = expectedVersion(body.version, ifMatch);
    return this.dataSource.transaction(async (manager) => {
      const report = await this.lockReport(manager, assignmentId, reportId, version);
      this.checkEditable(report.state);
      checkContent(body, await assignmentLines(manager, assignmentId));
      const before = linesView(await this.respond(manager, report));
      Object.assign(report, {
        course: body.course,
        courseExplanation: body.courseExplanation.trim(),
        delivered: body.delivered.trim(),
        version: report.version + 1,
      });
      const saved = await manager.save(report);
      await replaceLines(manager, saved, body);
      const answer = await this.respond(manager, saved);
      await recordAudit(manager, {
        regionId: saved.regionId,
        entity: ENTITY,
        entityId: saved.id,
        action: 'update',
        changes: diffFields(before, linesView(answer)),
      });
      return answer;
    });
  }

  async submit(assignmentId: string, reportId: string, version: number) {
    return this.move(assignmentId, reportId, version, (report) => {
      this.checkEditable(report.state);
      const actor = currentActor(report.regionId, 'submitting a progress report');
      return { state: 'submitted', submittedAt: new Date(), submittedBy: actor.name };
    });
  }

  async accept(assignmentId: string, reportId: string, version: number) {
    return this.move(assignmentId, reportId, version, (report) => {
      if (!isReportReviewable(report.state)) throw progressReportNotSubmitted();
      const actor = currentActor(report.regionId, 'accepting a progress report');
      return { state: 'accepted', reviewedAt: new Date(), reviewedBy: actor.name };
    });
  }

  async return(assignmentId: string, reportId: string, version: number, comment: string) {
    return this.move(
      assignmentId,
      reportId,
      version,
      (report) => {
        if (!isReportReviewable(report.state)) throw progressReportNotSubmitted();
        const actor = currentActor(report.regionId, 'returning a progress report');
        return {
          state: 'returned',
          reviewComment: comment.trim(),
          reviewedAt: new Date(),
          reviewedBy: actor.name,
        };
      },
      comment.trim(),
    );
  }

  private checkEditable(state: ProgressReportState): void {
    if (state === 'accepted') throw progressReportFrozen();
    if (!isReportEditable(state)) throw progressReportNotEditable();
  }

  private async lockReport(
    manager: EntityManager,
    assignmentId: string,
    reportId: string,
    version: number,
  ): Promise<ProgressReportEntity> {
    const report = await manager.findOne(ProgressReportEntity, {
      where: { id: reportId, assignmentId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!report) throw progressReportNotFound(reportId);
    const programme = await findProgramme(manager, report.programmeId, true);
    if (programme.status !== 'in_execution') throw programmeNotInExecution();
    if (report.version !== version) throw progressReportVersionConflict(report.version);
    return report;
  }

  /** A change of state: submit, accept or return; audited as a transition with its reason. */
  private async move(
    assignmentId: string,
    reportId: string,
    version: number,
    change: (report: ProgressReportEntity) => Partial<ProgressReportEntity>,
    reason: string | null = null,
  ): Promise<ProgressReportResponse> {
    return this.dataSource.transaction(async (manager) => {
      const report = await this.lockReport(manager, assignmentId, reportId, version);
      const from = report.state;
      Object.assign(report, change(report), { version: report.version + 1 });
      const saved = await manager.save(report);
      await recordAudit(manager, {
        regionId: saved.regionId,
        entity: ENTITY,
        entityId: saved.id,
        action: 'transition',
        changes: diffFields({ state: from }, { state: saved.state }),
        reason,
      });
      return this.respond(manager, saved);
    });
  }
}
