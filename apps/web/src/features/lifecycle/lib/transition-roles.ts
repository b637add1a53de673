import type { ProgrammeStatus, RoleName } from '@koers/contracts';

/**
 * Who moves a programme to a state (as the API's access rules): the board decides, the bureau
 * sends the proposal to the councils, a region admin may do all of them.
 */
const TRANSITION_ROLES: Record<ProgrammeStatus, RoleName> = {
  draft: 'board',
  proposed: 'board',
  consultation: 'bureau',
  adopted: 'board',
  in_execution: 'board',
  closed: 'board',
};

export function mayTransition(roles: readonly RoleName[], to: ProgrammeStatus): boolean {
  return roles.includes('admin') || roles.includes(TRANSITION_ROLES[to]);
}
