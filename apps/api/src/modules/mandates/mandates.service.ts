import { Injectable } from '@nestjs/common';
import type { MandateResponse, PortfolioResponse, ProgrammeStatus } from '@koers/contracts';
import { PUBLISHED_STATUSES } from '@koers/domain';
import { DataSource } from 'typeorm';
import { onlyCouncilIn } from '../../common/access/principal';
import { Clock } from '../../common/clock';
import { currentPrincipal } from '../../common/request-context';
import { preparedRead, runPrepared } from '../../database/prepared-read';
import {
  readRegionsDataVersion,
  regionsDataVersionSql,
  VersionedReads,
} from '../../database/versioned-reads';
import { assignmentNotFound } from '../assignments/assignment.errors';
import { reportDueColumn, toReportDue, type ReportDueRow } from '../start/report-due';
import { MandateAccountEntity, MandateDecisionEntity } from './mandate.entity';
import { toMandateAccountResponse, toMandateDecisionResponse } from './mandate.mapper';
import { MANDATE_USE_COLUMNS, MandateUseRow, toMandateUse } from './mandate-use';

interface MandateRow extends MandateUseRow {
  region_id: string;
  status: ProgrammeStatus;
  scope: string;
  overrun: MandateResponse['overrunRule'];
}

interface PortfolioRow extends MandateUseRow {
  id: string;
  code: string;
  title: string;
  region_id: string;
  programme_id: string;
  programme_title: string;
  year: number;
  status: ProgrammeStatus;
  report_due: ReportDueRow | null;
}

/**
 * $1 regions, $2 people (pairwise): the assignments each person holds in that region, and the
 * regions' data version in the same statement (see VersionedReads).
 */
const PORTFOLIO = preparedRead(
  'koers_portfolio',
  `SELECT (${regionsDataVersionSql('$1')}) AS data_version,
          (SELECT coalesce(json_agg(x ORDER BY x.year DESC, x.programme_title, x.code, x.id), '[]')
             FROM (SELECT a.id, a.code, a.title, a.region_id, p.id AS programme_id,
                          p.title AS programme_title, p.year, p.status, ${MANDATE_USE_COLUMNS},
                          ${reportDueColumn('report_due')}
                     FROM unnest($1::uuid[], $2::uuid[]) AS g(region_id, person_id)
                     JOIN assignments a ON a.region_id = g.region_id
                                       AND a.portfolio_holder_id = g.person_id
                     JOIN programmes p ON p.id = a.programme_id) x) AS rows`,
);

@Injectable()
export class MandatesService {
  /** Portfolio answers, per data version of the holder's regions and per day (issue 16). */
  private readonly portfolios = new VersionedReads();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * The mandate of an assignment: what is used of its ceiling, its alerts, its decisions and
   * the accounts given. A council reads it once the programme is adopted, not before.
   */
  async get(assignmentId: string): Promise<MandateResponse> {
    const manager = this.dataSource.manager;
    const [row]: MandateRow[] = await manager.query(
      `SELECT a.region_id, p.status, a.mandate_scope AS scope, r.mandate_overrun AS overrun,
              ${MANDATE_USE_COLUMNS}
         FROM assignments a JOIN programmes p ON p.id = a.programme_id
         JOIN regions r ON r.id = a.region_id
        WHERE a.id = $1`,
      [assignmentId],
    );
    if (!row) throw assignmentNotFound(assignmentId);
    const principal = currentPrincipal();
    if (onlyCouncilIn(principal, row.region_id) && !PUBLISHED_STATUSES.includes(row.status)) {
      throw assignmentNotFound(assignmentId);
    }
    const [decisions, accounts] = await Promise.all([
      manager.find(MandateDecisionEntity, {
        where: { assignmentId },
        order: { decidedOn: 'DESC', createdAt: 'DESC' },
      }),
      manager.find(MandateAccountEntity, {
        where: { assignmentId },
        order: { reportBackDate: 'ASC' },
      }),
    ]);
    return {
      assignmentId,
      scope: row.scope,
      reportBackDates: [...row.report_back_dates].sort(),
      overrunRule: row.overrun,
      ...toMandateUse(row, this.clock.today()),
      decisions: decisions.map(toMandateDecisionResponse),
      accounts: accounts.map(toMandateAccountResponse),
    };
  }

  /**
   * The signed-in portfolio holder's assignments, in every region they hold the role, with what
   * is used of each mandate, its alerts and the progress report it still owes: newest programme
   * first, in one statement, kept while the data of those regions stands.
   */
  async portfolio(): Promise<PortfolioResponse> {
    const grants = (currentPrincipal()?.grants ?? []).filter(
      (g) => g.role === 'portfolio_holder' && g.personId,
    );
    if (grants.length === 0) return { items: [] };
    const manager = this.dataSource.manager;
    const regionIds = grants.map((g) => g.regionId);
    const personIds = grants.map((g) => g.personId);
    const today = this.clock.today();
    // The whole answer is kept per data version of the holder's regions and per day (the alerts
    // and the report owed are for today): a request then costs the one-row read of the versions
    // (issue 16: working out every item's mandate use and alerts was a tenth of a request).
    const { answer } = await this.portfolios.get(
      `${grants.map((g) => `${g.regionId}/${g.personId}`).join(',')}:${today}`,
      await readRegionsDataVersion(manager, regionIds),
      async () => {
        const [read] = await runPrepared<{ data_version: string; rows: PortfolioRow[] }>(
          manager,
          PORTFOLIO,
          [regionIds, personIds],
        );
        return {
          dataVersion: read.data_version,
          answer: {
            items: read.rows.map((r) => ({
              assignment: { id: r.id, code: r.code, title: r.title },
              programme: {
                id: r.programme_id,
                title: r.programme_title,
                year: r.year,
                status: r.status,
              },
              regionId: r.region_id,
              ...toMandateUse(r, today),
              reportDue: toReportDue(r.report_due, today),
            })),
          } satisfies PortfolioResponse,
        };
      },
    );
    return answer;
  }
}
