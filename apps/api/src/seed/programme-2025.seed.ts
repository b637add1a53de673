import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { diffFields, recordAudit } from '../modules/audit/audit-trail';
import { ProgrammeTransitionsService } from '../modules/programme-lifecycle/programme-transitions.service';
import { ProgrammeEntity } from '../modules/programmes/programme.entity';
import { ProgrammesService } from '../modules/programmes/programmes.service';
import { ProgressReportsService } from '../modules/progress-reports/progress-reports.service';
import type { CreateProgressReportDto } from '../modules/progress-reports/dto/progress-report-request.dto';
import { MRE } from './data/reference-data';
import { ContributionsService } from '../modules/contributions/contributions.service';
import { CouncilDecisionsService } from '../modules/council-decisions/council-decisions.service';
import { ViewPointsService } from '../modules/council-decisions/view-points.service';
import {
  AGREED_ON_2025,
  COUNCIL_DECISIONS_2025,
  MRE_ASSIGNMENTS_2025,
  PROGRAMME_2025,
  REPORTS_2025,
  SeedReport,
} from './data/mre-programme-2025';
import { demoRegionId } from './demo-lookups';
import { ensureExtras, eurToCents, seedAssignment } from './programme-2026.seed';
import { SeedStep } from './run-seeds';

/**
 * The real services, working in the seed step's transaction: what they would do in one of their
 * own is done in the step's, so the step still commits or rolls back as one.
 */
function inTransaction(manager: EntityManager): DataSource {
  return {
    manager,
    transaction: <T>(work: (m: EntityManager) => Promise<T>) => work(manager),
  } as unknown as DataSource;
}

/** A clock the step moves along the year, as the programme went through it. */
class SeedClock extends Clock {
  day = PROGRAMME_2025.sentToCouncilsOn;
  override today(): string {
    return this.day;
  }
}

function reportBody(
  periodId: string,
  report: SeedReport,
  lines: { budget: string[]; capacity: string[]; kpis: string[] },
): CreateProgressReportDto {
  return {
    periodId,
    course: report.course,
    courseExplanation: report.courseExplanation ?? '',
    delivered: report.delivered,
    milestones: report.milestones,
    money: report.money.map((m, i) => ({
      budgetLineId: lines.budget[i],
      committedCents: eurToCents(m.committed),
      spentCents: eurToCents(m.spent),
      explanation: m.explanation ?? '',
    })),
    capacity: report.fte.map((fte, i) => ({ capacityLineId: lines.capacity[i], fte, hours: null })),
    kpiValues: report.kpis.map((k, i) => ({ kpiId: lines.kpis[i], ...k })),
    risks: (report.risks ?? []).map((r) => ({ ...r })),
  };
}

/**
 * Every council's decision on the programme, through the council-decision service on the day of
 * its meeting, as a clerk would have recorded it (with the amount it was shown), and the board's
 * answer to each view.
 */
async function recordCouncilDecisions(
  manager: EntityManager,
  dataSource: DataSource,
  clock: SeedClock,
  regionId: string,
  programmeId: string,
  assignmentIds: Map<string, string>,
): Promise<void> {
  const decisions = new CouncilDecisionsService(
    dataSource,
    clock,
    new ContributionsService(dataSource, clock),
  );
  const views = new ViewPointsService(dataSource, clock);
  const municipalities: { id: string; name: string }[] = await manager.query(
    `SELECT id, name FROM municipalities WHERE region_id = $1 ORDER BY name`,
    [regionId],
  );
  for (const { id, name } of municipalities) {
    const seed = COUNCIL_DECISIONS_2025[name] ?? { status: 'agreed', decisionDate: AGREED_ON_2025 };
    clock.day = seed.decisionDate;
    const current = await decisions.get(programmeId, id);
    const assignmentId = seed.view && assignmentIds.get(seed.view.assignmentCode);
    if (seed.view && !assignmentId) throw new Error(`Demo seed: no ${seed.view.assignmentCode}`);
    const recorded = await decisions.record(programmeId, id, current.version, {
      status: seed.status,
      councilMeetingDate: seed.decisionDate,
      decisionDate: seed.decisionDate,
      decisionReference: `Raadsbesluit ${seed.decisionDate.slice(0, 4)}-${name.slice(0, 3).toUpperCase()}`,
      viewPoints: seed.view ? [{ text: seed.view.text, assignmentId: assignmentId! }] : [],
    });
    const [point] = recorded.viewPoints;
    if (seed.view && point) {
      const { answer, outcome, resultingChange } = seed.view;
      await views.answer(programmeId, point.id, point.version, {
        answer,
        outcome,
        resultingChange,
      });
    }
  }
}

/**
 * The 2025 programme of Metropoolregio Eindhoven, taken through the real lifecycle (proposed,
 * sent to the councils, each council's decision recorded, adopted after the window for views, in execution: which gives it its
 * reporting periods) and given its spring and autumn reports through the progress-report service
 * (written, submitted and accepted). Runs after the demo accounts, so the demo portfolio holder
 * stays the person of the 2026 programme.
 */
export const programme2025Seed: SeedStep = {
  name: 'programme-2025-in-execution',
  async run(manager) {
    const regionId = await demoRegionId(manager, MRE);
    await ensureExtras(manager, regionId);
    const programme = await manager.save(
      manager.create(ProgrammeEntity, {
        regionId,
        year: PROGRAMME_2025.year,
        title: PROGRAMME_2025.title,
        introduction: PROGRAMME_2025.introduction,
        populationReferenceDate: PROGRAMME_2025.populationReferenceDate,
      }),
    );
    await recordAudit(manager, {
      regionId,
      entity: 'programme',
      entityId: programme.id,
      action: 'create',
      changes: diffFields(null, { year: programme.year, title: programme.title }),
    });
    const ids = new Map<string, string>();
    for (const assignment of MRE_ASSIGNMENTS_2025) {
      ids.set(
        assignment.code,
        await seedAssignment(manager, regionId, programme.id, assignment, PROGRAMME_2025),
      );
    }

    const dataSource = inTransaction(manager);
    const clock = new SeedClock();
    const transitions = new ProgrammeTransitionsService(
      dataSource,
      new ProgrammesService(dataSource),
      clock,
    );
    await transitions.transition(programme.id, { to: 'proposed' });
    await transitions.transition(programme.id, {
      to: 'consultation',
      sentOn: PROGRAMME_2025.sentToCouncilsOn,
    });
    await recordCouncilDecisions(manager, dataSource, clock, regionId, programme.id, ids);
    clock.day = PROGRAMME_2025.adoptedOn; // the 12 weeks for views have passed
    await transitions.transition(programme.id, { to: 'adopted' });
    await transitions.transition(programme.id, { to: 'in_execution' });

    const reports = new ProgressReportsService(dataSource, clock);
    for (const [code, periodReports] of Object.entries(REPORTS_2025)) {
      const assignmentId = ids.get(code);
      if (!assignmentId) throw new Error(`Demo seed: no assignment ${code}`);
      const progress = await reports.forAssignment(assignmentId);
      const lines = {
        budget: progress.budgetLines.map((l) => l.id),
        capacity: progress.capacityLines.map((l) => l.id),
        kpis: progress.kpis.map((k) => k.id),
      };
      for (const [index, report] of periodReports.entries()) {
        if (!report) continue;
        const period = progress.periods[index].period;
        clock.day = period.dueOn;
        const created = await reports.create(assignmentId, reportBody(period.id, report, lines));
        const submitted = await reports.submit(assignmentId, created.id, created.version);
        await reports.accept(assignmentId, created.id, submitted.version);
      }
    }
    // The report rows carry the days they were written on in 2025, not the day of seeding.
    await manager.query(
      `UPDATE progress_reports r
          SET created_at = p.due_on - 10, updated_at = p.due_on + 7,
              submitted_at = p.due_on - 3, reviewed_at = p.due_on + 7
         FROM reporting_periods p
        WHERE p.id = r.period_id AND r.programme_id = $1`,
      [programme.id],
    );
  },
};
