import type { ProgrammeStatus, RoleName } from '@koers/contracts';

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

export interface Entry {
  rule: Rule;
  /** The body sent (default `{}`: allowed calls then fail validation and change nothing). */
  body?: object;
  /** The call ends the caller's session: use a fresh sign-in for it. */
  endsSession?: true;
  /** The call is about the adopted programme of region A, not its draft. */
  adoptedProgramme?: true;
  /** A multipart upload instead of a JSON body: this file in this field. */
  file?: { field: string; name: string; content: string };
}

const read: Entry = { rule: { kind: 'read' } };
const published: Entry = { rule: { kind: 'read', published: true } };
const signedIn: Entry = { rule: { kind: 'signedIn' } };
const write = (...roles: RoleName[]): Entry => ({ rule: { kind: 'write', roles } });
const openProgramme: Entry = { rule: { kind: 'public' }, adoptedProgramme: true };

const referenceData = (kind: string): Record<string, Entry> => ({
  [`GET /api/regions/{regionId}/${kind}`]: read,
  [`POST /api/regions/{regionId}/${kind}`]: write('bureau'),
  [`GET /api/regions/{regionId}/${kind}/{id}`]: read,
  [`PATCH /api/regions/{regionId}/${kind}/{id}`]: write('bureau'),
  [`DELETE /api/regions/{regionId}/${kind}/{id}`]: write('bureau'),
});

export const RULES: Record<string, Entry> = {
  'GET /api/health': { rule: { kind: 'public' } },
  'POST /api/auth/login': { rule: { kind: 'public' } },
  'POST /api/auth/logout': { rule: { kind: 'public' }, endsSession: true },
  'GET /api/auth/me': signedIn,
  'PUT /api/auth/password': signedIn,
  'GET /api/auth/demo-accounts': { rule: { kind: 'public' } },
  'GET /api/auth/invitations': signedIn,
  'POST /api/auth/invitations/accept': signedIn,
  'POST /api/auth/invitations/decline': signedIn,

  'GET /api/regions': signedIn,
  'POST /api/regions': { rule: { kind: 'platformAdmin' } },
  'GET /api/regions/{regionId}': read,
  'PATCH /api/regions/{regionId}': write(),
  'DELETE /api/regions/{regionId}': { rule: { kind: 'platformAdmin' } },

  'GET /api/regions/{regionId}/users': write(),
  'POST /api/regions/{regionId}/users': write(),
  'PUT /api/regions/{regionId}/users/{userId}/roles/{role}': write(),
  'DELETE /api/regions/{regionId}/users/{userId}/roles/{role}': write(),
  'POST /api/users/{userId}/deactivate': { rule: { kind: 'userAdmin' } },

  'GET /api/regions/{regionId}/municipalities': read,
  'POST /api/regions/{regionId}/municipalities': write(),
  'GET /api/municipalities/{id}': read,
  'PATCH /api/municipalities/{id}': write(),
  'GET /api/municipalities/{id}/populations': read,
  'POST /api/municipalities/{id}/populations': write('bureau'),
  'DELETE /api/municipalities/{id}': write(),
  ...referenceData('organisations'),
  ...referenceData('people'),
  ...referenceData('themes'),
  'GET /api/external-programmes': signedIn,
  'GET /api/external-programmes/{id}': signedIn,

  'GET /api/regions/{regionId}/programmes': read,
  'POST /api/regions/{regionId}/programmes': write('bureau'),
  'GET /api/programmes/{programmeId}': published,
  'PATCH /api/programmes/{programmeId}': write('bureau'),
  'DELETE /api/programmes/{programmeId}': write('bureau'),
  'GET /api/programmes/{programmeId}/assignments': published,
  'POST /api/programmes/{programmeId}/assignments': write('bureau'),
  'POST /api/programmes/{programmeId}/assignments/copy': write('bureau'),
  'GET /api/assignments/{assignmentId}': published,
  'GET /api/assignments/{assignmentId}/overview': published,
  'PATCH /api/assignments/{assignmentId}': {
    rule: { kind: 'write', roles: ['bureau'], portfolioHolder: true },
  },
  'DELETE /api/assignments/{assignmentId}': write('bureau'),
  'GET /api/assignments/{assignmentId}/steering-group': published,
  'PUT /api/assignments/{assignmentId}/steering-group': write('bureau'),

  // The council cycle.
  'GET /api/programmes/{programmeId}/transitions': read,
  'POST /api/programmes/{programmeId}/transitions': {
    rule: { kind: 'transition', to: 'proposed' },
    body: { to: 'proposed' },
  },
  'GET /api/programmes/{programmeId}/versions': read,
  'GET /api/programmes/{programmeId}/versions/{number}': read,
  'GET /api/programmes/{programmeId}/versions/{a}/diff/{b}': read,
  // Any signed-in user; the records are filtered to the user's regions (audit.service).
  'GET /api/audit': signedIn,
  'GET /api/programmes/{programmeId}/history': read,
  'GET /api/programmes/{programmeId}/history/people': read,
  'GET /api/programmes/{programmeId}/council-decisions': published,
  'GET /api/programmes/{programmeId}/council-decisions/{municipalityId}': published,
  'PUT /api/programmes/{programmeId}/council-decisions/{municipalityId}': {
    rule: { kind: 'write', roles: ['bureau'], council: true },
  },
  'GET /api/programmes/{programmeId}/views': published,
  'PUT /api/programmes/{programmeId}/views/{pointId}/answer': write('bureau'),
  'GET /api/programmes/{programmeId}/amendments': published,
  'GET /api/programmes/{programmeId}/contributions': published,
  'GET /api/programmes/{programmeId}/municipalities/{municipalityId}/summary': published,
  'GET /api/programmes/{programmeId}/municipalities/{municipalityId}/council-pack': published,
  'GET /api/programmes/{programmeId}/municipalities/{municipalityId}/council-pack/pdf': published,
  'GET /api/programmes/{programmeId}/response-memo': published,
  'GET /api/programmes/{programmeId}/response-memo/pdf': published,
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

/**
 * Operations known to have no @Access decorator yet (the guard refuses them to everyone with 403
 * ACCESS_RULE_MISSING when access is enforced). Listed here, the matrix skips them until their
 * handler gets a rule; a pending operation that has one meanwhile is checked like the rest.
 */
export const PENDING: ReadonlySet<string> = new Set<string>([]);

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
