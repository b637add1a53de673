import type { ProgrammeStatus } from '../lifecycle/programme-lifecycle';

/** The roles a user can hold in a region. */
export type RoleName = 'admin' | 'bureau' | 'board' | 'portfolio_holder' | 'council' | 'observer';
export const ROLE_NAMES: readonly RoleName[] = [
  'admin',
  'bureau',
  'board',
  'portfolio_holder',
  'council',
  'observer',
];

/**
 * Who moves a programme to a state: the board decides (propose, adopt, back to draft, execution,
 * close); the bureau sends the proposal to the councils. A region admin may do all of them. The
 * API's access guard decides with this, and the web offers only what it allows.
 */
export const TRANSITION_ROLES: Readonly<Record<ProgrammeStatus, readonly RoleName[]>> = {
  draft: ['board'],
  proposed: ['board'],
  consultation: ['bureau'],
  adopted: ['board'],
  in_execution: ['board'],
  closed: ['board'],
};

/**
 * Whether someone with these roles may move a programme to `to`. An unknown target (a request
 * the API will refuse with 400) is allowed for anyone who may make some transition, so that the
 * answer is the 400 and not a 403 that hides it.
 */
export function mayTransition(roles: readonly RoleName[], to: unknown): boolean {
  if (roles.includes('admin')) return true;
  if (typeof to !== 'string' || !Object.hasOwn(TRANSITION_ROLES, to)) {
    return roles.some((role) => role === 'bureau' || role === 'board');
  }
  return TRANSITION_ROLES[to as ProgrammeStatus].some((role) => roles.includes(role));
}
