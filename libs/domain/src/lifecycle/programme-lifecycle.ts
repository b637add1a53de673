/**
 * The lifecycle of an annual programme under the Wgr (and, with its own deadlines, a network):
 * draft → proposed → consultation → adopted → in_execution → closed, and back to draft from
 * proposed or consultation with a reason. Who may do what is the accounts issue's concern; this
 * says what is possible at all, and why not.
 */
export type ProgrammeStatus =
  'draft' | 'proposed' | 'consultation' | 'adopted' | 'in_execution' | 'closed';

export const PROGRAMME_STATUSES: readonly ProgrammeStatus[] = [
  'draft',
  'proposed',
  'consultation',
  'adopted',
  'in_execution',
  'closed',
];

const NEXT: Record<ProgrammeStatus, readonly ProgrammeStatus[]> = {
  draft: ['proposed'],
  proposed: ['consultation', 'draft'],
  consultation: ['adopted', 'draft'],
  adopted: ['in_execution'],
  in_execution: ['closed'],
  closed: [],
};

/** The states a programme in `from` can move to, in the order a screen offers them. */
export function nextStatuses(from: ProgrammeStatus): readonly ProgrammeStatus[] {
  return NEXT[from];
}

/** Only a draft's assignments can change; later changes go through a new draft version. */
export function isEditable(status: ProgrammeStatus): boolean {
  return status === 'draft';
}

/**
 * An assignment's progress (its own status: active, paused, done…) is not content: it may be
 * reported while the programme is drafted and while it is carried out, not while councils weigh it.
 */
export function isProgressOpen(status: ProgrammeStatus): boolean {
  return status === 'draft' || status === 'adopted' || status === 'in_execution';
}

/**
 * Leaving draft freezes the programme as a new version; so does adoption, which keeps the
 * programme as adopted (with any amendments) and the register of its consultation round.
 */
export function freezesVersion(from: ProgrammeStatus, to: ProgrammeStatus): boolean {
  return (from === 'draft' && to !== 'draft') || to === 'adopted';
}

/**
 * While the councils weigh the programme, its assignments change only as amendments: each
 * change answers view points of the current round, and the board then adopts "with amendments".
 */
export function acceptsAmendments(status: ProgrammeStatus): boolean {
  return status === 'consultation';
}

export interface TransitionContext {
  /** Formal-view points without a written answer. */
  unansweredPoints: number;
  /** Councils that have not decided yet. */
  pendingCouncils: number;
  /** Whether the consultation deadline has passed (councils may still decide until then). */
  deadlinePassed: boolean;
  /** The programme has at least one assignment. */
  assignmentCount: number;
}

export type TransitionCheck =
  { allowed: true } | { allowed: false; code: TransitionRefusalCode; message: string };

/** The codes of a refused transition (the API answers 409 with one). */
export type TransitionRefusalCode =
  | 'PROGRAMME_TRANSITION_NOT_ALLOWED'
  | 'PROGRAMME_REASON_REQUIRED'
  | 'PROGRAMME_HAS_NO_ASSIGNMENTS'
  | 'PROGRAMME_HAS_UNANSWERED_VIEWS'
  | 'PROGRAMME_COUNCILS_PENDING';

const LABEL: Record<ProgrammeStatus, string> = {
  draft: 'concept',
  proposed: 'voorstel',
  consultation: 'consultatie van de raden',
  adopted: 'vastgesteld',
  in_execution: 'in uitvoering',
  closed: 'afgesloten',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Whether `from → to` may happen now, and if not, a stable code and one Dutch sentence that says
 * why (the API answers 409 with both; the web app shows the same sentence before asking).
 */
export function checkTransition(
  from: ProgrammeStatus,
  to: ProgrammeStatus,
  reason: string | undefined,
  context: TransitionContext,
): TransitionCheck {
  if (!NEXT[from].includes(to)) {
    return {
      allowed: false,
      code: 'PROGRAMME_TRANSITION_NOT_ALLOWED',
      message: `Een programma met status ${LABEL[from]} kan niet naar ${LABEL[to]}.`,
    };
  }
  if (to === 'draft' && !reason?.trim()) {
    return {
      allowed: false,
      code: 'PROGRAMME_REASON_REQUIRED',
      message: 'Geef een reden waarom het programma terug gaat naar concept.',
    };
  }
  if (from === 'draft' && context.assignmentCount === 0) {
    return {
      allowed: false,
      code: 'PROGRAMME_HAS_NO_ASSIGNMENTS',
      message: 'Een programma zonder opdrachten kan niet worden voorgesteld.',
    };
  }
  if (to === 'adopted') {
    if (context.pendingCouncils > 0 && !context.deadlinePassed) {
      return {
        allowed: false,
        code: 'PROGRAMME_COUNCILS_PENDING',
        message: `${plural(context.pendingCouncils, 'gemeenteraad heeft', 'gemeenteraden hebben')} nog niet besloten en de termijn voor zienswijzen loopt nog.`,
      };
    }
    if (context.unansweredPoints > 0) {
      return {
        allowed: false,
        code: 'PROGRAMME_HAS_UNANSWERED_VIEWS',
        message: `${plural(context.unansweredPoints, 'punt', 'punten')} uit zienswijzen ${context.unansweredPoints === 1 ? 'is' : 'zijn'} nog niet beantwoord.`,
      };
    }
  }
  return { allowed: true };
}
