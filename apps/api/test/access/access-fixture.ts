import { Client } from 'pg';
import type { App } from 'supertest/types';
import { createRegionFixture, RegionFixture } from '../factories/programme-fixtures';
import { createUser, signIn, SignedInAgent, TestUser } from '../support/accounts';
import { Actor, ROLE_OF } from './permission-rules';

/** Two regions, a draft and an adopted programme in A, and a user for every actor. */
export interface AccessWorld {
  a: RegionFixture;
  b: RegionFixture;
  draftProgrammeId: string;
  adoptedProgrammeId: string;
  /** In the draft programme: held by the portfolio holder actor, and by someone else. */
  ownAssignmentId: string;
  otherAssignmentId: string;
  adoptedAssignmentId: string;
  /**
   * A programme in execution (issue 16): an assignment of the portfolio holder actor and one of
   * someone else, each with a draft progress report over the programme's first period.
   */
  executing: {
    programmeId: string;
    ownAssignmentId: string;
    otherAssignmentId: string;
    ownReportId: string;
    otherReportId: string;
  };
  /** Municipality X (the council actor's) and Y of region A. */
  municipalityX: string;
  municipalityY: string;
  /** A council view point of municipality X on the draft programme. */
  viewPointId: string;
  /** A mandate decision and a report-back account on the own assignment. */
  mandateDecisionId: string;
  mandateAccountId: string;
  /** A reporting period of the draft programme (its bestuursrapportage is a draft). */
  periodId: string;
  /** An observer of region A that user management is tried on. */
  targetUser: TestUser;
  users: Partial<Record<Actor, TestUser>>;
  dbUrl: string;
  sql<T>(text: string, params?: unknown[]): Promise<T[]>;
}

export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

let counter = 0;

export async function createAccessWorld(dbUrl: string): Promise<AccessWorld> {
  const sql = async <T>(text: string, params: unknown[] = []): Promise<T[]> => {
    const client = new Client({ connectionString: dbUrl });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  };
  const a = await createRegionFixture(dbUrl, 'Regio A');
  const b = await createRegionFixture(dbUrl, 'Regio B');
  const programme = async (year: number, status: string) =>
    (
      await sql<{ id: string }>(
        `INSERT INTO programmes (region_id, year, title, status) VALUES ($1, $2, $3, $4) RETURNING id`,
        [a.regionId, year, `Jaarprogramma ${year}`, status],
      )
    )[0].id;
  const draftProgrammeId = await programme(2026, 'draft');
  const adoptedProgrammeId = await programme(2025, 'adopted');
  const assignment = async (programmeId: string, holder: string) =>
    (
      await sql<{ id: string }>(
        `INSERT INTO assignments (programme_id, region_id, theme_id, code, title, portfolio_holder_id)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [programmeId, a.regionId, a.themeIds[0], `A${++counter}`, `Opdracht ${counter}`, holder],
      )
    )[0].id;
  const [holder, otherHolder] = a.personIds;
  const executingProgrammeId = await programme(2024, 'in_execution');
  const [period] = await sql<{ id: string }>(
    `INSERT INTO reporting_periods (programme_id, region_id, position, kind, title, data_until, due_on)
     VALUES ($1, $2, 1, 'voorjaar', 'Voorjaarsrapportage 2024', '2024-04-30', '2024-05-31')
     RETURNING id`,
    [executingProgrammeId, a.regionId],
  );
  const report = async (assignmentId: string) =>
    (
      await sql<{ id: string }>(
        `INSERT INTO progress_reports (programme_id, region_id, assignment_id, period_id, course)
         VALUES ($1, $2, $3, $4, 'op_koers') RETURNING id`,
        [executingProgrammeId, a.regionId, assignmentId, period.id],
      )
    )[0].id;
  const executingOwn = await assignment(executingProgrammeId, holder);
  const executingOther = await assignment(executingProgrammeId, otherHolder);
  const executing = {
    programmeId: executingProgrammeId,
    ownAssignmentId: executingOwn,
    otherAssignmentId: executingOther,
    ownReportId: await report(executingOwn),
    otherReportId: await report(executingOther),
  };
  // Every member council has a decision on the draft programme; X sent a view with one point.
  const decisions = await sql<{ id: string; municipality_id: string }>(
    `INSERT INTO council_decisions (programme_id, region_id, municipality_id)
     SELECT $1, region_id, id FROM municipalities WHERE region_id = $2
     RETURNING id, municipality_id`,
    [draftProgrammeId, a.regionId],
  );
  const decisionX = decisions.find((d) => d.municipality_id === a.municipalityIds[0]);
  const [point] = await sql<{ id: string }>(
    `INSERT INTO view_points (programme_id, region_id, council_decision_id, municipality_id, number, text)
     VALUES ($1, $2, $3, $4, 1, 'Meer aandacht voor fietspaden.') RETURNING id`,
    [draftProgrammeId, a.regionId, decisionX?.id, a.municipalityIds[0]],
  );
  const ownAssignmentId = await assignment(draftProgrammeId, holder);
  const [mandateDecision] = await sql<{ id: string }>(
    `INSERT INTO mandate_decisions (region_id, programme_id, assignment_id, decided_on, description,
                                    amount_cents, decided_by)
     VALUES ($1, $2, $3, '2026-02-01', 'Besluit onder mandaat', 100, 'portfolio_holder') RETURNING id`,
    [a.regionId, draftProgrammeId, ownAssignmentId],
  );
  const [mandateAccount] = await sql<{ id: string }>(
    `INSERT INTO mandate_accounts (region_id, assignment_id, report_back_date, reported_on, summary)
     VALUES ($1, $2, '2026-02-15', '2026-02-16', 'Teruggemeld') RETURNING id`,
    [a.regionId, ownAssignmentId],
  );
  const [draftPeriod] = await sql<{ id: string }>(
    `INSERT INTO reporting_periods (programme_id, region_id, position, kind, title, data_until, due_on)
     VALUES ($1, $2, 1, 'spring', 'Voorjaarsrapportage', '2026-04-30', '2026-05-31') RETURNING id`,
    [draftProgrammeId, a.regionId],
  );
  const world: Omit<AccessWorld, 'users' | 'targetUser'> = {
    a,
    b,
    draftProgrammeId,
    adoptedProgrammeId,
    ownAssignmentId,
    mandateDecisionId: mandateDecision.id,
    mandateAccountId: mandateAccount.id,
    otherAssignmentId: await assignment(draftProgrammeId, otherHolder),
    adoptedAssignmentId: await assignment(adoptedProgrammeId, holder),
    executing,
    municipalityX: a.municipalityIds[0],
    municipalityY: a.municipalityIds[1],
    viewPointId: point.id,
    periodId: draftPeriod.id,
    dbUrl,
    sql,
  };
  const users: Partial<Record<Actor, TestUser>> = {};
  for (const [actor, role] of Object.entries(ROLE_OF) as [Actor, string][]) {
    if (actor === 'councilY' || actor === 'portfolioOther') continue;
    users[actor] = await createUser(dbUrl, {
      name: actor,
      roles: [
        {
          regionId: a.regionId,
          role: role as never,
          municipalityId: role === 'council' ? world.municipalityX : undefined,
          personId: role === 'portfolio_holder' ? holder : undefined,
        },
      ],
    });
  }
  // The same council user acts on X and on Y; the same portfolio holder on both assignments.
  users.councilY = users.councilX;
  users.portfolioOther = users.portfolioOwn;
  users.otherBureau = await createUser(dbUrl, {
    roles: [{ regionId: b.regionId, role: 'bureau' }],
  });
  users.platformAdmin = await createUser(dbUrl, { platformAdmin: true });
  const targetUser = await createUser(dbUrl, {
    roles: [{ regionId: a.regionId, role: 'observer' }],
  });
  return { ...world, users, targetUser };
}

/** Signs every actor in once (the council and portfolio holder actors share a session). */
export async function signInActors(
  http: App,
  world: AccessWorld,
): Promise<Partial<Record<Actor, SignedInAgent>>> {
  const agents: Partial<Record<Actor, SignedInAgent>> = {};
  for (const [actor, user] of Object.entries(world.users) as [Actor, TestUser][]) {
    agents[actor] = await signIn(http, user.email);
  }
  return agents;
}

/** New rows of region A, for DELETE calls that are allowed (they really delete). */
export async function freshRow(world: AccessWorld, kind: string): Promise<string> {
  const n = ++counter;
  const insert = async (text: string, params: unknown[]) =>
    (await world.sql<{ id: string }>(`${text} RETURNING id`, params))[0].id;
  const regionId = world.a.regionId;
  switch (kind) {
    case 'municipalities':
      return insert(
        `INSERT INTO municipalities (region_id, name, cbs_code, province) VALUES ($1, $2, $3, 'Utrecht')`,
        [regionId, `Gemeente ${n}`, `GM${5000 + n}`],
      );
    case 'organisations':
      return insert(`INSERT INTO organisations (region_id, name, kind) VALUES ($1, $2, 'other')`, [
        regionId,
        `Organisatie ${n}`,
      ]);
    case 'people':
      return insert(`INSERT INTO people (region_id, name) VALUES ($1, $2)`, [regionId, `P ${n}`]);
    case 'themes':
      return insert(
        `INSERT INTO themes (region_id, title, period_start_year, period_end_year)
         VALUES ($1, $2, 2024, 2026)`,
        [regionId, `Thema ${n}`],
      );
    case 'programmes':
      return insert(`INSERT INTO programmes (region_id, year, title) VALUES ($1, $2, 'Vers')`, [
        regionId,
        2040 + n,
      ]);
    case 'assignments':
      return insert(
        `INSERT INTO assignments (programme_id, region_id, theme_id, code, title)
         VALUES ($1, $2, $3, $4, 'Vers')`,
        [world.draftProgrammeId, regionId, world.a.themeIds[0], `F${n}`],
      );
    case 'users':
      return (await createUser(world.dbUrl, { roles: [{ regionId, role: 'observer' }] })).id;
    case 'proposableProgrammes': {
      // A draft with one assignment: the board may propose it.
      const programmeId = await insert(
        `INSERT INTO programmes (region_id, year, title) VALUES ($1, $2, 'Vers voorstel')`,
        [regionId, 2040 + n],
      );
      await insert(
        `INSERT INTO assignments (programme_id, region_id, theme_id, code, title)
         VALUES ($1, $2, $3, 'V1', 'Opdracht van het voorstel')`,
        [programmeId, regionId, world.a.themeIds[0]],
      );
      return programmeId;
    }
    case 'reportingPeriods':
      // A period of the executing programme without reports: a new report may go on it.
      return insert(
        `INSERT INTO reporting_periods (programme_id, region_id, position, kind, title, data_until, due_on)
         VALUES ($1, $2, $3, $4, 'Extra', '2024-06-30', '2024-07-31')`,
        [world.executing.programmeId, regionId, 100 + n, `extra${n}`],
      );
    case 'draftReports':
    case 'submittedReports': {
      // A report of its own on the portfolio holder actor's executing assignment.
      const periodId = await freshRow(world, 'reportingPeriods');
      return insert(
        `INSERT INTO progress_reports (programme_id, region_id, assignment_id, period_id, course, state)
         VALUES ($1, $2, $3, $4, 'op_koers', $5)`,
        [
          world.executing.programmeId,
          regionId,
          world.executing.ownAssignmentId,
          periodId,
          kind === 'draftReports' ? 'draft' : 'submitted',
        ],
      );
    }
    case 'draftReportingPeriods':
      return insert(
        `INSERT INTO reporting_periods (programme_id, region_id, position, kind, title, data_until, due_on)
         VALUES ($1, $2, $3, 'autumn', 'Najaarsrapportage', '2026-08-31', '2026-09-30')`,
        [world.draftProgrammeId, regionId, 100 + n],
      );
    case 'regions':
      return insert(
        `INSERT INTO regions (name, short_name, governance_mode) VALUES ($1, $2, 'network')`,
        [`Verse regio ${n}`, `VR${n}`],
      );
    default:
      throw new Error(`No fresh ${kind}`);
  }
}

/** The path parameters of an operation about the programme in execution, per actor. */
export function executingParams(w: AccessWorld, actor: Actor): Record<string, string> {
  const other = actor === 'portfolioOther';
  return {
    programmeId: w.executing.programmeId,
    assignmentId: other ? w.executing.otherAssignmentId : w.executing.ownAssignmentId,
    reportId: other ? w.executing.otherReportId : w.executing.ownReportId,
  };
}

/** The value of a path parameter for an actor: the row of region A that the actor acts on. */
export function paramValue(param: string, before: string, actor: Actor, w: AccessWorld): string {
  const municipality = actor === 'councilY' ? w.municipalityY : w.municipalityX;
  switch (param) {
    case 'regionId':
      return w.a.regionId;
    case 'programmeId':
      return w.draftProgrammeId;
    case 'assignmentId':
      return actor === 'portfolioOther' ? w.otherAssignmentId : w.ownAssignmentId;
    case 'municipalityId':
      return municipality;
    case 'userId':
      return w.targetUser.id;
    case 'pointId':
      return w.viewPointId;
    case 'mandateDecisionId':
      return w.mandateDecisionId;
    case 'accountId':
      return w.mandateAccountId;
    case 'periodId':
      return w.periodId;
    case 'role':
      return 'observer';
    case 'table':
      return 'contributions';
    case 'number':
    case 'a':
    case 'b':
      return '1';
    case 'id':
      return (
        {
          municipalities: municipality,
          organisations: w.a.organisationIds[0],
          people: w.a.personIds[2],
          themes: w.a.themeIds[1],
          'external-programmes': w.a.externalProgrammeIds[0],
        }[before] ?? UNKNOWN_ID
      );
    default:
      return UNKNOWN_ID;
  }
}
