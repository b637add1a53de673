import fc from 'fast-check';
import { PROGRAMME_STATUSES, type TransitionContext } from '../lifecycle/programme-lifecycle';
import { ROLE_NAMES } from '../access/transition-roles';
import { awaitsDecisionOf, nextStep } from './next-step';

const ready: TransitionContext = {
  unansweredPoints: 0,
  pendingCouncils: 0,
  deadlinePassed: false,
  assignmentCount: 2,
};

describe('the next step of a programme', () => {
  it('is the way forward, taken by the board, the bureau, or nobody once closed', () => {
    expect(nextStep('draft', ready)).toEqual({
      to: 'proposed',
      roles: ['board'],
      ready: true,
      refusal: null,
    });
    expect(nextStep('proposed', ready)?.to).toBe('consultation');
    expect(nextStep('proposed', ready)?.roles).toEqual(['bureau']);
    expect(nextStep('consultation', ready)?.to).toBe('adopted');
    expect(nextStep('adopted', ready)?.to).toBe('in_execution');
    expect(nextStep('in_execution', ready)?.to).toBe('closed');
    expect(nextStep('closed', ready)).toBeNull();
  });

  it('is not ready while councils deliberate or points wait for an answer', () => {
    const pending = nextStep('consultation', { ...ready, pendingCouncils: 3 });
    expect(pending).toMatchObject({ ready: false, refusal: 'PROGRAMME_COUNCILS_PENDING' });
    const unanswered = nextStep('consultation', { ...ready, unansweredPoints: 1 });
    expect(unanswered).toMatchObject({ ready: false, refusal: 'PROGRAMME_HAS_UNANSWERED_VIEWS' });
    // After the deadline the board may adopt without the councils that did not decide.
    expect(
      nextStep('consultation', { ...ready, pendingCouncils: 3, deadlinePassed: true })?.ready,
    ).toBe(true);
    expect(nextStep('draft', { ...ready, assignmentCount: 0 })).toMatchObject({
      ready: false,
      refusal: 'PROGRAMME_HAS_NO_ASSIGNMENTS',
    });
  });

  it('awaits the board for a proposal and a complete adoption, not for the bureau’s sending', () => {
    expect(awaitsDecisionOf(nextStep('draft', ready), ['board'])).toBe(true);
    expect(awaitsDecisionOf(nextStep('consultation', ready), ['board'])).toBe(true);
    expect(awaitsDecisionOf(nextStep('proposed', ready), ['board'])).toBe(false);
    expect(awaitsDecisionOf(nextStep('proposed', ready), ['bureau'])).toBe(true);
    expect(
      awaitsDecisionOf(nextStep('consultation', { ...ready, unansweredPoints: 2 }), ['board']),
    ).toBe(false);
    expect(awaitsDecisionOf(null, ['board'])).toBe(false);
  });

  it('does not await the board for execution or closing, which follow the calendar', () => {
    expect(awaitsDecisionOf(nextStep('adopted', ready), ['board'])).toBe(false);
    expect(awaitsDecisionOf(nextStep('in_execution', ready), ['board'])).toBe(false);
  });

  it('never points back to draft, and awaits someone only when the lifecycle allows the step', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROGRAMME_STATUSES),
        fc.record({
          unansweredPoints: fc.nat(5),
          pendingCouncils: fc.nat(5),
          deadlinePassed: fc.boolean(),
          assignmentCount: fc.nat(3),
        }),
        fc.subarray([...ROLE_NAMES]),
        (status, context, roles) => {
          const step = nextStep(status, context);
          if (step === null) return status === 'closed';
          if (step.to === 'draft') return false;
          if (awaitsDecisionOf(step, roles)) {
            return (
              step.ready &&
              ['proposed', 'consultation', 'adopted'].includes(step.to) &&
              step.roles.some((r) => roles.includes(r))
            );
          }
          return true;
        },
      ),
    );
  });
});
