import { TRANSITION_ROLES, type RoleName } from '../access/transition-roles';
import {
  checkTransition,
  nextStatuses,
  type ProgrammeStatus,
  type TransitionContext,
  type TransitionRefusalCode,
} from '../lifecycle/programme-lifecycle';

/** The step that moves a programme forward, who takes it, and whether it can be taken today. */
export interface NextStep {
  to: ProgrammeStatus;
  /** The roles that take this step (a region admin may take any). */
  roles: readonly RoleName[];
  ready: boolean;
  /** Why it cannot be taken yet; null when ready. */
  refusal: TransitionRefusalCode | null;
}

/**
 * A programme's next step forward in its lifecycle (never the way back to draft), or null for a
 * closed programme. `ready` uses the same check the API applies to the transition itself, so a
 * start page never offers what the lifecycle page would refuse.
 */
export function nextStep(status: ProgrammeStatus, context: TransitionContext): NextStep | null {
  const to = nextStatuses(status).find((s) => s !== 'draft');
  if (!to) return null;
  const check = checkTransition(status, to, undefined, context);
  return {
    to,
    roles: TRANSITION_ROLES[to],
    ready: check.allowed,
    refusal: check.allowed ? null : check.code,
  };
}

/**
 * The steps someone decides on when they are due: proposing, sending to the councils, adopting.
 * Going into execution and closing follow the calendar; nothing waits for them.
 */
export const DECISION_STEPS: readonly ProgrammeStatus[] = ['proposed', 'consultation', 'adopted'];

/**
 * Whether a programme awaits a decision of someone holding `roles`: its next step is a decision,
 * theirs, and can be taken now (e.g. the board with a proposal, or with a consultation whose
 * councils have all spoken and whose points are all answered).
 */
export function awaitsDecisionOf(step: NextStep | null, roles: readonly RoleName[]): boolean {
  if (!step?.ready || !DECISION_STEPS.includes(step.to)) return false;
  return step.roles.some((role) => roles.includes(role));
}

/** Every refusal a next step can carry, for the API's schema. */
export const TRANSITION_REFUSAL_CODES: readonly TransitionRefusalCode[] = [
  'PROGRAMME_TRANSITION_NOT_ALLOWED',
  'PROGRAMME_REASON_REQUIRED',
  'PROGRAMME_HAS_NO_ASSIGNMENTS',
  'PROGRAMME_HAS_UNANSWERED_VIEWS',
  'PROGRAMME_COUNCILS_PENDING',
];
