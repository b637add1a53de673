import type { AccessRule } from '../access/access.decorator';

/** Security requirement names, as declared in the document's `components.securitySchemes`. */
export const SESSION_SCHEME = 'session';
export const CSRF_SCHEME = 'csrf';

type SecurityRequirement = Record<string, string[]>;

export interface AccessDocs {
  security: SecurityRequirement[];
  /** The problem responses the access guard itself may answer, with why. */
  responses: Partial<Record<401 | 403 | 404, string>>;
  /** Who may call it, in one sentence for the operation's description. */
  who: string;
}

const READS = new Set(['get', 'head']);

function roleList(rule: AccessRule): string {
  const roles = [...(rule.roles ?? []), 'admin'];
  const extra = [
    rule.transition ? 'the roles that may make the requested transition' : undefined,
    rule.councilMunicipalityParam ? 'the council of the municipality in the path' : undefined,
    rule.assignmentReporter ? "the assignment's portfolio holder or lead" : undefined,
    rule.portfolioHolderFields
      ? `the assignment's portfolio holder (only ${rule.portfolioHolderFields.join(', ')})`
      : undefined,
    rule.portfolioHolder ? "the assignment's portfolio holder" : undefined,
  ].filter((x): x is string => !!x);
  return [...new Set(roles)].join(', ') + (extra.length ? `; ${extra.join('; ')}` : '');
}

/**
 * What the AccessGuard (see access.guard.ts) does for a rule, as OpenAPI: which credentials an
 * operation takes and which of 401/403/404 the guard itself can answer before the handler runs.
 * Writes always check CSRF (403), and with a session they need the X-CSRF-Token header.
 */
export function accessDocs(rule: AccessRule, method: string): AccessDocs {
  const write = !READS.has(method);
  const session: SecurityRequirement = write
    ? { [SESSION_SCHEME]: [], [CSRF_SCHEME]: [] }
    : { [SESSION_SCHEME]: [] };
  const responses: AccessDocs['responses'] = {};
  if (write) responses[403] = 'Refused: the request is cross-site or its CSRF token is wrong.';
  if (rule.public) {
    return {
      security: write ? [{}, session] : [],
      responses,
      who: 'Access: anyone, signed in or not.',
    };
  }
  const notSignedIn = 'Not signed in.';
  if (rule.signedIn) {
    return {
      security: [session],
      responses: { ...responses, 401: notSignedIn },
      who: 'Access: any signed-in user.',
    };
  }
  if (rule.platformAdmin) {
    return {
      security: [session],
      responses: { 401: notSignedIn, 403: 'Only a platform administrator may do this.' },
      who: 'Access: platform administrators.',
    };
  }
  if (rule.userAdmin) {
    return {
      security: [session],
      responses: {
        401: notSignedIn,
        403: 'The account has roles in regions the caller does not administer.',
        404: 'No such account in a region of the caller.',
      },
      who: 'Access: an admin of every region the account has a role in, or a platform administrator.',
    };
  }
  const limited = !!(
    rule.roles ||
    rule.transition ||
    rule.councilMunicipalityParam ||
    rule.portfolioHolderFields ||
    rule.portfolioHolder ||
    rule.assignmentReporter
  );
  if (limited || write) {
    responses[403] =
      (limited ? 'The caller’s role in this region may not do this' : 'Refused') +
      (write ? ', or the request is cross-site or its CSRF token is wrong.' : '.');
  }
  responses[404] = 'Not found, or the caller has no role in its region.';
  const published = rule.publishedProgramme && !write;
  if (!published) responses[401] = notSignedIn;
  const who = limited
    ? `Access: in the region of the request, ${roleList(rule)}.`
    : 'Access: anyone with a role in the region of the request.';
  return {
    security: published ? [{}, session] : [session],
    responses,
    who: published
      ? `${who} Anyone may read it once the programme is adopted (without e-mail addresses).`
      : who,
  };
}
