import { Injectable } from '@nestjs/common';
import type {
  OpenAssignment,
  OpenBudgetLine,
  OpenContribution,
  OpenCouncilDecision,
  OpenPage,
  OpenProgramme,
  OpenRegion,
} from '@koers/contracts';
import { PUBLISHED_STATUSES } from '@koers/domain';
import { DataSource } from 'typeorm';
import { ContributionsService } from '../contributions/contributions.service';
import { programmeNotFound } from '../programmes/programme.errors';
import { OpenPageQuery, ProgrammeFilter } from './dto/open-data-query.dto';

/** Adopted (and later) programmes are open data; never a draft or one before the councils. */
const OPEN_STATUSES = [...PUBLISHED_STATUSES];

/** A window of a whole list: the page asked for, or all of it (CSV). */
export interface Window {
  limit: number | null;
  offset: number;
}

export const windowOf = (query: OpenPageQuery, all: boolean): Window =>
  all ? { limit: null, offset: 0 } : { limit: query.limit, offset: query.offset };

function page<T>(items: T[], total: number, window: Window): OpenPage<T> {
  return { items, total, limit: window.limit ?? total, offset: window.offset };
}

/** `LIMIT … OFFSET …` of a window, as two extra parameters after `n` others. */
const limitClause = (n: number) => `LIMIT $${n + 1} OFFSET $${n + 2}`;

const money = (value: string | number | null) => (value === null ? null : Number(value));

/**
 * Reads for the open-data API with plain SQL, columns chosen one by one: nothing about a person
 * (names, e-mail, who recorded or answered what) and no free text about a council's decision.
 */
@Injectable()
export class OpenDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contributions: ContributionsService,
  ) {}

  /**
   * Runs a list query whose last two parameters are LIMIT and OFFSET, with its total (a window
   * count); for a page past the end, which has no row to carry it, the total is asked apart.
   */
  private async windowed<R extends { total?: string }>(
    sql: string,
    params: unknown[],
    window: Window,
  ): Promise<{ rows: R[]; total: number }> {
    const rows = await this.dataSource.query<R[]>(sql, [...params, window.limit, window.offset]);
    if (rows.length > 0 || window.offset === 0) return { rows, total: totalOf(rows) };
    const first = await this.dataSource.query<R[]>(sql, [...params, 1, 0]);
    return { rows, total: totalOf(first) };
  }

  async regions(window: Window): Promise<OpenPage<OpenRegion>> {
    const { rows, total } = await this.windowed<OpenRegion & { total: string }>(
      `SELECT r.id, r.name, r.short_name AS "shortName", r.governance_mode AS "governanceMode",
              r.provinces,
              (SELECT count(*)::int FROM municipalities m WHERE m.region_id = r.id) AS "municipalityCount",
              (SELECT count(*)::int FROM programmes p
                WHERE p.region_id = r.id AND p.status = ANY($1)) AS "adoptedProgrammeCount",
              count(*) OVER () AS total
         FROM regions r ORDER BY r.name, r.id ${limitClause(1)}`,
      [OPEN_STATUSES],
      window,
    );
    return page(
      rows.map(({ total: _, ...region }) => region),
      total,
      window,
    );
  }

  async programmes(filter: ProgrammeFilter, window: Window): Promise<OpenPage<OpenProgramme>> {
    const { rows, total } = await this.windowed<ProgrammeRow>(
      `${PROGRAMME_SELECT}
        WHERE p.status = ANY($1)
          AND ($2::uuid IS NULL OR p.region_id = $2::uuid)
          AND ($3::int IS NULL OR p.year = $3::int)
        ORDER BY r.name, p.year DESC, p.id ${limitClause(3)}`,
      [OPEN_STATUSES, filter.regionId ?? null, filter.year ?? null],
      window,
    );
    return page(rows.map(toProgramme), total, window);
  }

  async programme(programmeId: string): Promise<OpenProgramme> {
    const rows = await this.dataSource.query<ProgrammeRow[]>(
      `${PROGRAMME_SELECT} WHERE p.id = $1 AND p.status = ANY($2)`,
      [programmeId, OPEN_STATUSES],
    );
    if (rows.length === 0) throw programmeNotFound(programmeId);
    return toProgramme(rows[0]);
  }

  async assignments(programmeId: string, window: Window): Promise<OpenPage<OpenAssignment>> {
    await this.programme(programmeId);
    const { rows, total } = await this.windowed<OpenAssignment & { total: string }>(
      `SELECT a.id, a.programme_id AS "programmeId", a.code, a.title, t.id AS "themeId",
              t.title AS "themeTitle", a.goal, a.results, a.status, a.participation, a.priority,
              COALESCE((SELECT sum(l.amount_cents) FROM assignment_budget_lines l
                         WHERE l.assignment_id = a.id), 0) AS "budgetTotalCents",
              a.mandate_budget_ceiling_cents AS "mandateBudgetCeilingCents",
              to_char(a.mandate_valid_from, 'YYYY-MM-DD') AS "mandateValidFrom",
              to_char(a.mandate_valid_until, 'YYYY-MM-DD') AS "mandateValidUntil",
              count(*) OVER () AS total
         FROM assignments a JOIN themes t ON t.id = a.theme_id
        WHERE a.programme_id = $1 ORDER BY a.code, a.id ${limitClause(1)}`,
      [programmeId],
      window,
    );
    const items = rows.map(({ total: _, ...a }) => ({
      ...a,
      budgetTotalCents: Number(a.budgetTotalCents),
      mandateBudgetCeilingCents: money(a.mandateBudgetCeilingCents),
    }));
    return page(items, total, window);
  }

  async budgetLines(programmeId: string, window: Window): Promise<OpenPage<OpenBudgetLine>> {
    await this.programme(programmeId);
    const { rows, total } = await this.windowed<OpenBudgetLine & { total: string }>(
      `SELECT a.id AS "assignmentId", a.code AS "assignmentCode",
              l.funding_source AS "fundingSource", l.source_name AS "sourceName", l.year,
              l.amount_cents AS "amountCents", count(*) OVER () AS total
         FROM assignment_budget_lines l JOIN assignments a ON a.id = l.assignment_id
        WHERE a.programme_id = $1 ORDER BY a.code, l.position ${limitClause(1)}`,
      [programmeId],
      window,
    );
    const items = rows.map(({ total: _, ...line }) => ({
      ...line,
      amountCents: Number(line.amountCents),
    }));
    return page(items, total, window);
  }

  async contributionRows(programmeId: string, window: Window): Promise<OpenPage<OpenContribution>> {
    await this.programme(programmeId);
    const split = await this.contributions.contributions(programmeId);
    const all: OpenContribution[] = split.municipalities.flatMap((m) =>
      m.byAssignment.map((share) => ({
        municipalityId: m.municipalityId,
        municipalityName: m.name,
        cbsCode: m.cbsCode,
        assignmentId: share.assignmentId,
        assignmentCode: share.code,
        amountCents: share.amountCents,
      })),
    );
    const end = window.limit === null ? undefined : window.offset + window.limit;
    return page(all.slice(window.offset, end), all.length, window);
  }

  async councilDecisions(
    programmeId: string,
    window: Window,
  ): Promise<OpenPage<OpenCouncilDecision>> {
    await this.programme(programmeId);
    const { rows, total } = await this.windowed<OpenCouncilDecision & { total: string }>(
      `SELECT m.id AS "municipalityId", m.name AS "municipalityName", m.cbs_code AS "cbsCode",
              d.status,
              to_char(d.council_meeting_date, 'YYYY-MM-DD') AS "councilMeetingDate",
              to_char(d.decision_date, 'YYYY-MM-DD') AS "decisionDate",
              COALESCE((SELECT array_agg(a.code ORDER BY a.code) FROM assignments a
                         WHERE a.id = ANY(d.declined_assignment_ids)), '{}') AS "declinedAssignmentCodes",
              (SELECT count(*)::int FROM view_points v
                WHERE v.council_decision_id = d.id) AS "viewPointCount",
              count(*) OVER () AS total
         FROM council_decisions d JOIN municipalities m ON m.id = d.municipality_id
        WHERE d.programme_id = $1 ORDER BY m.name, m.id ${limitClause(1)}`,
      [programmeId],
      window,
    );
    return page(
      rows.map(({ total: _, ...d }) => d),
      total,
      window,
    );
  }
}

type ProgrammeRow = Omit<OpenProgramme, 'budgetTotalCents'> & {
  budgetTotalCents: string;
  total?: string;
};

const PROGRAMME_SELECT = `
  SELECT p.id, p.region_id AS "regionId", r.name AS "regionName", p.year, p.title,
         p.introduction, p.status,
         to_char(p.adopted_on, 'YYYY-MM-DD') AS "adoptedOn",
         to_char(p.population_reference_date, 'YYYY-MM-DD') AS "populationReferenceDate",
         (SELECT count(*)::int FROM assignments a WHERE a.programme_id = p.id) AS "assignmentCount",
         COALESCE((SELECT sum(l.amount_cents) FROM assignment_budget_lines l
                    JOIN assignments a ON a.id = l.assignment_id
                   WHERE a.programme_id = p.id), 0) AS "budgetTotalCents",
         count(*) OVER () AS total
    FROM programmes p JOIN regions r ON r.id = p.region_id`;

function toProgramme({ total: _, ...row }: ProgrammeRow): OpenProgramme {
  return { ...row, budgetTotalCents: Number(row.budgetTotalCents) };
}

/** The window function's count of all matching rows. */
function totalOf(rows: { total?: string }[]): number {
  return rows.length > 0 ? Number(rows[0].total) : 0;
}
