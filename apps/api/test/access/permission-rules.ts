import type { ProgrammeStatus, RoleName } from '@koers/contracts';
import { todayInNetherlands } from '@koers/domain';

/**
 * THE POLICY DECLARATION the permission matrix checks the API against: for every operation of the
 * OpenAPI document, who may call it. It is written from the role table, independently of
 * the @Access decorators. An operation missing here makes the matrix test fail.
 */
export type Rule =
  /** Anyone, signed in or not. */
  | { kind: 'public' }
  /** Any signed-in user; nothing regional. */
  | { kind: 'signedIn' }
  /** Platform administrators only. */
  | { kind: 'platformAdmin' }
  /** Everyone with a role in the region; `published`: the public too once adopted. */
  | { kind: 'read'; published?: true }
  /**
   * These roles in the region (a region admin always). `portfolioHolder`: also the portfolio
   * holder of the assignment in the path; `council`: also the council of the municipality in the path.
   */
  | { kind: 'write'; roles: RoleName[]; portfolioHolder?: true; council?: true }
  /** A programme transition to `to` (the body the matrix sends). */
  | { kind: 'transition'; to: ProgrammeStatus }
  /** Administrators of a region the user in the path belongs to. */
  | { kind: 'userAdmin' };

/** What a body is made from: the world's rows, the caller, and the path the call goes to. */
export interface CallContext {
  sql<T>(text: string, params?: unknown[]): Promise<T[]>;
  /** Rows of the world a body may name: regionB, adoptedProgrammeId, themeId, organisationId, personId. */
  ids: Record<string, string>;
  actor: Actor;
  /** The values of the path parameters of this call. */
  params: Record<string, string>;
  /** The caller's user (none for the anonymous actor). */
  user?: { id: string; email: string };
}

export interface Entry {
  rule: Rule;
  /**
   * A valid body for a write (made per call when a function): an allowed call must succeed with
   * it (2xx), a refused one is refused whatever it sends. Every POST, PUT and PATCH has one.
   */
  body?: object | ((call: CallContext) => object | Promise<object>);
  /**
   * Allowed calls act on a fresh row named by this path parameter, so that one actor's success
   * (a delete, a transition) does not change what the next actor's call meets. DELETE: always.
   */
  fresh?: string;
  /** The kind of that fresh row, when not the plain one of its parameter (access-fixture's freshRow). */
  freshKind?: string;
  /**
   * The programme the call is about, when not the draft: `proposed` has a frozen version 1;
   * `consultation` is with the councils, municipality Y having sent a view with one point.
   */
  programme?: 'proposed' | 'consultation';
  /** The call ends the caller's session: use a fresh sign-in for it. */
  endsSession?: true;
  /** The call ends the caller's other sessions too: sign the caller's agents in again after it. */
  endsOtherSessions?: true;
  /** The call is about region A's programme in execution (its assignments and reports). */
  executing?: true;
  /** The call is about the adopted programme of region A, not its draft. */
  adoptedProgramme?: true;
  /** A multipart upload instead of a JSON body: this file in this field. */
  file?: { field: string; name: string; content: string };
}

let serial = 0;
/** A number of its own for each body: names, codes and years must not clash. */
const next = () => ++serial;

/** The version of a row now: the optimistic lock every write of a versioned row checks. */
async function versionOf(call: CallContext, table: string, id: string, column = 'version') {
  const [row] = await call.sql<{ version: number }>(
    `SELECT "${column}" AS version FROM "${table}" WHERE id = $1`,
    [id],
  );
  return row?.version ?? 1;
}

/** PATCH bodies of the reference data: one field changed, at the row's current version. */
const referenceDataPatch: Record<string, (call: CallContext) => Promise<object>> = {
  organisations: async (c) => ({
    name: `Organisatie ${next()}`,
    version: await versionOf(c, 'organisations', c.params.id),
  }),
  people: async (c) => ({
    function: `Adviseur ${next()}`,
    version: await versionOf(c, 'people', c.params.id),
  }),
  themes: async (c) => ({
    description: `Beschrijving ${next()}`,
    version: await versionOf(c, 'themes', c.params.id),
  }),
};
const referenceDataPost: Record<string, () => object> = {
  organisations: () => ({ name: `Nieuwe organisatie ${next()}`, kind: 'other' }),
  people: () => ({ name: `Nieuwe persoon ${next()}` }),
  themes: () => ({ title: `Nieuw thema ${next()}`, periodStartYear: 2025, periodEndYear: 2027 }),
};

/** An invitation of the caller to observe region B, made for this call. */
async function invitationFor(c: CallContext): Promise<object> {
  if (!c.user) return { invitationId: '00000000-0000-4000-8000-000000000000' };
  const [userId, regionId] = [c.user.id, c.ids.regionB];
  await c.sql(
    `DELETE FROM role_assignments WHERE user_id = $1 AND region_id = $2 AND role = 'observer'`,
    [userId, regionId],
  );
  await c.sql(
    `DELETE FROM role_invitations WHERE user_id = $1 AND region_id = $2 AND role = 'observer'`,
    [userId, regionId],
  );
  const [row] = await c.sql<{ id: string }>(
    `INSERT INTO role_invitations (user_id, region_id, role) VALUES ($1, $2, 'observer') RETURNING id`,
    [userId, regionId],
  );
  return { invitationId: row.id };
}

const read: Entry = { rule: { kind: 'read' } };
const published: Entry = { rule: { kind: 'read', published: true } };
const signedIn: Entry = { rule: { kind: 'signedIn' } };
const write = (...roles: RoleName[]): Entry => ({ rule: { kind: 'write', roles } });
const openProgramme: Entry = { rule: { kind: 'public' }, adoptedProgramme: true };

const referenceData = (kind: string): Record<string, Entry> => ({
  [`GET /api/regions/{regionId}/${kind}`]: read,
  [`POST /api/regions/{regionId}/${kind}`]: { ...write('bureau'), body: referenceDataPost[kind] },
  [`GET /api/regions/{regionId}/${kind}/{id}`]: read,
  [`PATCH /api/regions/{regionId}/${kind}/{id}`]: {
    ...write('bureau'),
    body: referenceDataPatch[kind],
  },
  [`DELETE /api/regions/{regionId}/${kind}/{id}`]: write('bureau'),
});

export const RULES: Record<string, Entry> = {
  'GET /api/health': { rule: { kind: 'public' } },
  'POST /api/auth/login': {
    rule: { kind: 'public' },
    // Signs in as the caller (a visitor as the observer): a new session, so a fresh agent.
    body: (c) => ({ email: c.user?.email ?? c.ids.observerEmail, password: c.ids.password }),
    endsSession: true,
  },
  'POST /api/auth/logout': { rule: { kind: 'public' }, endsSession: true },
  'GET /api/auth/me': signedIn,
  'PUT /api/auth/password': {
    ...signedIn,
    // The password stays what it is, so the caller can sign in again with it afterwards.
    body: (c) => ({ currentPassword: c.ids.password, newPassword: c.ids.password }),
    endsSession: true,
    endsOtherSessions: true,
  },
  'GET /api/auth/demo-accounts': { rule: { kind: 'public' } },
  'GET /api/auth/invitations': signedIn,
  'GET /api/me/start': signedIn,
  'POST /api/auth/invitations/accept': { ...signedIn, body: invitationFor },
  'POST /api/auth/invitations/decline': { ...signedIn, body: invitationFor },

  'GET /api/regions': signedIn,
  'POST /api/regions': {
    rule: { kind: 'platformAdmin' },
    body: () => {
      const n = next();
      return { name: `Regio ${n}`, shortName: `R${n}`, governanceMode: 'network' };
    },
  },
  'GET /api/regions/{regionId}': read,
  'PATCH /api/regions/{regionId}': {
    ...write(),
    body: async (c) => ({
      viewWindowWeeks: 8 + (next() % 4),
      version: await versionOf(c, 'regions', c.params.regionId),
    }),
  },
  'DELETE /api/regions/{regionId}': { rule: { kind: 'platformAdmin' }, fresh: 'regionId' },

  'GET /api/regions/{regionId}/users': write(),
  'POST /api/regions/{regionId}/users': {
    ...write(),
    body: () => {
      const n = next();
      return { email: `nieuw.${n}@access.test`, name: `Nieuw ${n}`, role: 'observer' };
    },
  },
  'PUT /api/regions/{regionId}/users/{userId}/roles/{role}': {
    ...write(),
    body: {},
    fresh: 'userId',
  },
  'DELETE /api/regions/{regionId}/users/{userId}/roles/{role}': { ...write(), fresh: 'userId' },
  'POST /api/users/{userId}/deactivate': { rule: { kind: 'userAdmin' }, body: {}, fresh: 'userId' },

  'GET /api/regions/{regionId}/municipalities': read,
  'POST /api/regions/{regionId}/municipalities': {
    ...write(),
    body: () => {
      const n = next();
      return { name: `Gemeente ${n}`, cbsCode: `GM${7000 + n}`, province: 'Utrecht' };
    },
  },
  'GET /api/municipalities/{id}': read,
  'PATCH /api/municipalities/{id}': {
    ...write(),
    body: async (c) => ({
      province: next() % 2 ? 'Noord-Brabant' : 'Utrecht',
      version: await versionOf(c, 'municipalities', c.params.id),
    }),
  },
  'GET /api/municipalities/{id}/populations': read,
  'POST /api/municipalities/{id}/populations': {
    ...write('bureau'),
    body: () => ({
      referenceDate: new Date(Date.UTC(2000, 0, 1 + next())).toISOString().slice(0, 10),
      population: 25_000,
      source: 'CBS',
    }),
  },
  'DELETE /api/municipalities/{id}': write(),
  // The CBS StatLine population table (issue 18 §2): the bureau; the valid file is a dry run.
  'POST /api/regions/{regionId}/populations/import': {
    ...write('bureau'),
    file: {
      field: 'file',
      name: 'bevolking.csv',
      content:
        '"Regio\'s";"Perioden";"Bevolking op 1 januari (aantal)"\r\n"Zwolle";"2025";"132.411"\r\n',
    },
  },
  ...referenceData('organisations'),
  ...referenceData('people'),
  ...referenceData('themes'),
  'GET /api/external-programmes': signedIn,
  'GET /api/external-programmes/{id}': signedIn,
  // Master data like themes (issue 18 §2): the bureau writes the programmes its region maintains.
  'POST /api/regions/{regionId}/external-programmes': {
    ...write('bureau'),
    body: () => ({ name: `Nieuw programma ${next()}`, level: 'provincial' }),
  },
  'PATCH /api/regions/{regionId}/external-programmes/{id}': {
    ...write('bureau'),
    body: async (c) => ({
      description: `Beschrijving ${next()}`,
      version: await versionOf(c, 'external_programmes', c.params.id),
    }),
  },

  'GET /api/regions/{regionId}/programmes': read,
  'POST /api/regions/{regionId}/programmes': {
    ...write('bureau'),
    // Years before the world's programmes (2025, 2026) and its fresh ones (2040 on).
    body: () => ({ year: 2000 + (next() % 25), title: 'Nieuw jaarprogramma' }),
  },
  'GET /api/programmes/{programmeId}': published,
  'PATCH /api/programmes/{programmeId}': {
    ...write('bureau'),
    body: async (c) => ({
      introduction: `Inleiding ${next()}`,
      version: await versionOf(c, 'programmes', c.params.programmeId),
    }),
  },
  'DELETE /api/programmes/{programmeId}': write('bureau'),
  'GET /api/programmes/{programmeId}/assignments': published,
  'POST /api/programmes/{programmeId}/assignments': {
    ...write('bureau'),
    body: (c) => ({ themeId: c.ids.themeId, code: `N${next()}`, title: 'Nieuwe opdracht' }),
  },
  'POST /api/programmes/{programmeId}/assignments/copy': {
    ...write('bureau'),
    body: (c) => ({ fromProgrammeId: c.ids.adoptedProgrammeId }),
    fresh: 'programmeId',
  },
  'GET /api/assignments/{assignmentId}': published,
  'GET /api/assignments/{assignmentId}/overview': published,
  'PATCH /api/assignments/{assignmentId}': {
    rule: { kind: 'write', roles: ['bureau'], portfolioHolder: true },
    // A field the portfolio holder may change as well (its mandate).
    body: async (c) => ({
      mandate: { scope: `Mandaat ${next()}` },
      version: await versionOf(c, 'assignments', c.params.assignmentId),
    }),
  },
  'DELETE /api/assignments/{assignmentId}': write('bureau'),
  'GET /api/assignments/{assignmentId}/steering-group': published,
  'PUT /api/assignments/{assignmentId}/steering-group': {
    ...write('bureau'),
    body: async (c) => ({
      members: [{ personId: c.ids.personId, role: 'chair' }],
      commitments: [],
      version: await versionOf(c, 'assignments', c.params.assignmentId, 'steering_group_version'),
    }),
  },

  // Mandates that are tracked (issue 16 §5): the assignment's portfolio holder and the bureau write.
  'GET /api/assignments/{assignmentId}/mandate': read,
  'POST /api/assignments/{assignmentId}/mandate/decisions': {
    rule: { kind: 'write', roles: ['bureau'], portfolioHolder: true },
    body: {
      decidedOn: '2026-03-01',
      description: 'Besluit',
      amountCents: 100,
      decidedBy: 'steering_group',
    },
  },
  'PATCH /api/assignments/{assignmentId}/mandate/decisions/{mandateDecisionId}': {
    rule: { kind: 'write', roles: ['bureau'], portfolioHolder: true },
    body: async (c) => ({
      description: `Besluit ${next()}`,
      version: await versionOf(c, 'mandate_decisions', c.params.mandateDecisionId),
    }),
  },
  'POST /api/assignments/{assignmentId}/mandate/accounts': {
    rule: { kind: 'write', roles: ['bureau'], portfolioHolder: true },
    // A report-back date of its own for every allowed call: one account per date.
    body: async (c) => {
      const date = new Date(Date.UTC(2026, 0, 1 + next())).toISOString().slice(0, 10);
      await c.sql(
        `UPDATE assignments SET mandate_report_back_dates = array_append(mandate_report_back_dates, $2::date)
          WHERE id = $1`,
        [c.params.assignmentId, date],
      );
      return { reportBackDate: date, reportedOn: date, summary: 'Teruggemeld in het AB.' };
    },
  },
  'PATCH /api/assignments/{assignmentId}/mandate/accounts/{accountId}': {
    rule: { kind: 'write', roles: ['bureau'], portfolioHolder: true },
    body: async (c) => ({
      summary: `Verantwoording ${next()}`,
      version: await versionOf(c, 'mandate_accounts', c.params.accountId),
    }),
  },
  'GET /api/me/portfolio': signedIn,

  // The council cycle.
  'GET /api/programmes/{programmeId}/transitions': read,
  'POST /api/programmes/{programmeId}/transitions': {
    rule: { kind: 'transition', to: 'proposed' },
    body: { to: 'proposed' },
    fresh: 'programmeId',
    freshKind: 'proposableProgrammes',
  },
  'GET /api/programmes/{programmeId}/versions': read,
  'GET /api/programmes/{programmeId}/versions/{number}': { ...read, programme: 'proposed' },
  'GET /api/programmes/{programmeId}/versions/{a}/diff/{b}': { ...read, programme: 'proposed' },
  // Any signed-in user; the records are filtered to the user's regions (audit.service).
  'GET /api/audit': signedIn,
  'GET /api/programmes/{programmeId}/history': read,
  'GET /api/programmes/{programmeId}/history/people': read,
  'GET /api/programmes/{programmeId}/council-decisions': published,
  'GET /api/programmes/{programmeId}/council-decisions/{municipalityId}': published,
  'PUT /api/programmes/{programmeId}/council-decisions/{municipalityId}': {
    rule: { kind: 'write', roles: ['bureau'], council: true },
    programme: 'consultation',
    body: async (c) => {
      const [decision] = await c.sql<{ version: number }>(
        `SELECT version FROM council_decisions WHERE programme_id = $1 AND municipality_id = $2
          ORDER BY round DESC LIMIT 1`,
        [c.params.programmeId, c.params.municipalityId],
      );
      return {
        status: 'no_view',
        // The council's day, in the Netherlands: from 23:00 or 22:00 UTC that is already tomorrow, and
        // the API refuses a decision dated before the day the programme went to the councils.
        decisionDate: todayInNetherlands(),
        version: decision?.version ?? 1,
      };
    },
  },
  'GET /api/programmes/{programmeId}/views': published,
  'PUT /api/programmes/{programmeId}/views/{pointId}/answer': {
    ...write('bureau'),
    programme: 'consultation',
    body: async (c) => ({
      answer: `Antwoord ${next()}`,
      outcome: 'adopted',
      version: await versionOf(c, 'view_points', c.params.pointId),
    }),
  },
  'GET /api/programmes/{programmeId}/amendments': published,
  'GET /api/programmes/{programmeId}/contributions': published,
  'GET /api/programmes/{programmeId}/municipalities/{municipalityId}/summary': published,
  'GET /api/programmes/{programmeId}/municipalities/{municipalityId}/council-pack': published,
  'GET /api/programmes/{programmeId}/municipalities/{municipalityId}/council-pack/pdf': published,
  'GET /api/programmes/{programmeId}/response-memo': published,
  'GET /api/programmes/{programmeId}/response-memo/pdf': published,
  'GET /api/programmes/{programmeId}/reporting-periods/{periodId}/rollup': published,
  'GET /api/programmes/{programmeId}/bestuursrapportages': published,
  'GET /api/programmes/{programmeId}/reporting-periods/{periodId}/bestuursrapportage': published,
  'GET /api/programmes/{programmeId}/reporting-periods/{periodId}/bestuursrapportage/pdf':
    published,
  'POST /api/programmes/{programmeId}/reporting-periods/{periodId}/bestuursrapportage/final': {
    rule: { kind: 'write', roles: ['bureau'] },
    body: {},
    fresh: 'periodId',
    freshKind: 'draftReportingPeriods',
  },
  'GET /api/programmes/{programmeId}/export/workbook': published,
  'GET /api/programmes/{programmeId}/export/tables/{table}': published,
  'GET /api/programmes/{programmeId}/export/document': published,

  // Open data (issue 17 §5): anonymous reads; a draft programme answers 404 to everyone.
  'GET /api/open/v1/regions': { rule: { kind: 'public' } },
  'GET /api/open/v1/programmes': { rule: { kind: 'public' } },
  'GET /api/open/v1/programmes/{programmeId}': openProgramme,
  'GET /api/open/v1/programmes/{programmeId}/assignments': openProgramme,
  'GET /api/open/v1/programmes/{programmeId}/budget-lines': openProgramme,
  'GET /api/open/v1/programmes/{programmeId}/contributions': openProgramme,
  'GET /api/open/v1/programmes/{programmeId}/council-decisions': openProgramme,

  // Import (issue 17 §4): the bureau, into a draft; the valid file is a dry run (stores nothing).
  'GET /api/programmes/{programmeId}/imports/template': write('bureau'),
  'POST /api/programmes/{programmeId}/imports': {
    ...write('bureau'),
    file: {
      field: 'file',
      name: 'import.csv',
      content: 'Soort;Code;Thema;Titel\r\nOpdracht;IMP-1;Mobiliteit;Uit een bestand\r\n',
    },
  },
};

const executing = (entry: Entry): Entry => ({ ...entry, executing: true });
const reporters: Rule = { kind: 'write', roles: ['bureau'], portfolioHolder: true };
const reportContent = {
  course: 'aandacht_nodig',
  courseExplanation: 'Vertraging in de aanbesteding.',
};
const reportVersion = async (c: CallContext) => ({
  version: await versionOf(c, 'progress_reports', c.params.reportId),
});

/** Issue 16: the reporting calendar, periods and progress reports. */
const PROGRESS_RULES: Record<string, Entry> = {
  'GET /api/regions/{regionId}/reporting-calendar': read,
  'PUT /api/regions/{regionId}/reporting-calendar': {
    ...write('bureau'),
    body: async (c) => {
      const [row] = await c.sql<{ version: number }>(
        `SELECT version FROM reporting_calendars WHERE region_id = $1`,
        [c.params.regionId],
      );
      return {
        entries: [
          { kind: 'voorjaar', title: 'Voorjaarsrapportage', dataUntil: '04-30', dueOn: '05-31' },
          {
            kind: 'najaar',
            title: `Najaarsrapportage ${next()}`,
            dataUntil: '08-31',
            dueOn: '09-30',
          },
        ],
        version: row?.version ?? 1,
      };
    },
  },
  'GET /api/programmes/{programmeId}/reporting-periods': executing(read),
  'GET /api/programmes/{programmeId}/progress-overview': executing(read),
  'GET /api/assignments/{assignmentId}/progress-reports': executing(read),
  'POST /api/assignments/{assignmentId}/progress-reports': executing({
    rule: reporters,
    body: async (c) => {
      const [period] = await c.sql<{ id: string }>(
        `INSERT INTO reporting_periods (programme_id, region_id, position, kind, title, data_until, due_on)
         SELECT programme_id, region_id, 200 + $2::int, 'k' || $2::text, 'Periode', '2024-10-31', '2024-11-30'
           FROM assignments WHERE id = $1 RETURNING id`,
        [c.params.assignmentId, next()],
      );
      return { periodId: period.id, ...reportContent };
    },
  }),
  'GET /api/assignments/{assignmentId}/progress-reports/{reportId}': executing(read),
  'PUT /api/assignments/{assignmentId}/progress-reports/{reportId}': executing({
    rule: reporters,
    body: async (c) => ({ ...reportContent, ...(await reportVersion(c)) }),
  }),
  'POST /api/assignments/{assignmentId}/progress-reports/{reportId}/submit': executing({
    rule: reporters,
    fresh: 'reportId',
    freshKind: 'draftReports',
    body: reportVersion,
  }),
  'POST /api/assignments/{assignmentId}/progress-reports/{reportId}/accept': executing({
    ...write('bureau'),
    fresh: 'reportId',
    freshKind: 'submittedReports',
    body: reportVersion,
  }),
  'POST /api/assignments/{assignmentId}/progress-reports/{reportId}/return': executing({
    ...write('bureau'),
    fresh: 'reportId',
    freshKind: 'submittedReports',
    body: async (c) => ({
      comment: 'Graag de bestedingen toelichten.',
      ...(await reportVersion(c)),
    }),
  }),
};
Object.assign(RULES, PROGRESS_RULES);

export type Actor =
  | 'anonymous'
  | 'observer'
  | 'councilX'
  | 'councilY'
  | 'portfolioOwn'
  | 'portfolioOther'
  | 'bureau'
  | 'board'
  | 'admin'
  | 'otherBureau'
  | 'platformAdmin';

export const ACTORS: Actor[] = [
  'anonymous',
  'observer',
  'councilX',
  'councilY',
  'portfolioOwn',
  'portfolioOther',
  'bureau',
  'board',
  'admin',
  'otherBureau',
  'platformAdmin',
];

/** The role in region A behind each actor (undefined: none there). */
export const ROLE_OF: Partial<Record<Actor, RoleName>> = {
  observer: 'observer',
  councilX: 'council',
  councilY: 'council',
  portfolioOwn: 'portfolio_holder',
  portfolioOther: 'portfolio_holder',
  bureau: 'bureau',
  board: 'board',
  admin: 'admin',
};

/** Who moves a programme to a state, per the issue: the board decides, the bureau sends out. */
const TRANSITIONS: Record<ProgrammeStatus, RoleName[]> = {
  draft: ['board'],
  proposed: ['board'],
  consultation: ['bureau'],
  adopted: ['board'],
  in_execution: ['board'],
  closed: ['board'],
};

export type Outcome = 'allow' | 'forbid' | 'notFound' | 'unauthenticated';

/** Operations about one programme (or something in it): a council sees none of a draft's. */
const PROGRAMME_SCOPED = /\{(programmeId|assignmentId|pointId)\}/;

/**
 * Who reads a programme (and its assignments) in each state: everyone with a role in the region,
 * except that a council sees it only from the moment it is sent to the councils; the public once
 * it is adopted. A user of another region never.
 */
export function expectedReadOutcome(actor: Actor, status: ProgrammeStatus): Outcome {
  const published = ['adopted', 'in_execution', 'closed'].includes(status);
  if (actor === 'platformAdmin') return 'allow';
  if (actor === 'anonymous' || actor === 'otherBureau') return published ? 'allow' : 'notFound';
  if (ROLE_OF[actor] === 'council') {
    return ['draft', 'proposed'].includes(status) ? 'notFound' : 'allow';
  }
  return 'allow';
}

/** What the policy says for this actor on an operation of region A (programme in draft). */
export function expectedOutcome(rule: Rule, actor: Actor, operation = ''): Outcome {
  if (rule.kind === 'public' || actor === 'platformAdmin') return 'allow';
  if (actor === 'anonymous') {
    // An unpublished programme does not exist for the public.
    return rule.kind === 'read' && rule.published ? 'notFound' : 'unauthenticated';
  }
  if (rule.kind === 'signedIn') return 'allow';
  if (rule.kind === 'platformAdmin') return 'forbid';
  const role = ROLE_OF[actor];
  if (!role) return 'notFound'; // a user of another region: nothing here exists
  if (role === 'admin') return 'allow';
  // The programme of the matrix is a draft: for a council it does not exist yet.
  if (role === 'council' && PROGRAMME_SCOPED.test(operation)) return 'notFound';
  switch (rule.kind) {
    case 'read':
      return 'allow';
    case 'userAdmin':
      return 'forbid';
    case 'transition':
      return TRANSITIONS[rule.to].includes(role) ? 'allow' : 'forbid';
    case 'write':
      if (rule.roles.includes(role)) return 'allow';
      if (rule.portfolioHolder && actor === 'portfolioOwn') return 'allow';
      if (rule.council && actor === 'councilX') return 'allow';
      return 'forbid';
  }
}
