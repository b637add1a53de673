import {
  acceptsAmendments,
  checkTransition,
  freezesVersion,
  isEditable,
  isProgressOpen,
  nextStatuses,
  PROGRAMME_STATUSES,
  ProgrammeStatus,
  TransitionContext,
} from './programme-lifecycle';

const ready: TransitionContext = {
  unansweredPoints: 0,
  pendingCouncils: 0,
  deadlinePassed: false,
  assignmentCount: 3,
};

const LEGAL: [ProgrammeStatus, ProgrammeStatus][] = [
  ['draft', 'proposed'],
  ['proposed', 'consultation'],
  ['proposed', 'draft'],
  ['consultation', 'adopted'],
  ['consultation', 'draft'],
  ['adopted', 'in_execution'],
  ['in_execution', 'closed'],
];

describe('the programme lifecycle', () => {
  it.each(LEGAL)('allows %s → %s', (from, to) => {
    expect(checkTransition(from, to, 'omdat het moet', ready)).toEqual({ allowed: true });
  });

  const illegal = PROGRAMME_STATUSES.flatMap((from) =>
    PROGRAMME_STATUSES.map((to) => [from, to] as [ProgrammeStatus, ProgrammeStatus]),
  ).filter(([from, to]) => !LEGAL.some(([f, t]) => f === from && t === to));

  it.each(illegal)('refuses %s → %s with a sentence', (from, to) => {
    const check = checkTransition(from, to, 'reden', ready);
    expect(check).toMatchObject({ allowed: false, code: 'PROGRAMME_TRANSITION_NOT_ALLOWED' });
  });

  it('has exactly the seven legal transitions', () => {
    expect(illegal).toHaveLength(36 - 7);
    expect(nextStatuses('closed')).toEqual([]);
  });

  it('needs a reason to go back to draft', () => {
    expect(checkTransition('consultation', 'draft', '  ', ready)).toEqual({
      allowed: false,
      code: 'PROGRAMME_REASON_REQUIRED',
      message: 'Geef een reden waarom het programma terug gaat naar concept.',
    });
  });

  it('refuses to propose a programme without assignments', () => {
    const check = checkTransition('draft', 'proposed', undefined, { ...ready, assignmentCount: 0 });
    expect(check).toMatchObject({ allowed: false, code: 'PROGRAMME_HAS_NO_ASSIGNMENTS' });
  });

  it('refuses adoption while points from formal views are unanswered, counting them', () => {
    expect(
      checkTransition('consultation', 'adopted', undefined, { ...ready, unansweredPoints: 3 }),
    ).toEqual({
      allowed: false,
      code: 'PROGRAMME_HAS_UNANSWERED_VIEWS',
      message: '3 punten uit zienswijzen zijn nog niet beantwoord.',
    });
    expect(
      checkTransition('consultation', 'adopted', undefined, { ...ready, unansweredPoints: 1 }),
    ).toMatchObject({
      message: '1 punt uit zienswijzen is nog niet beantwoord.',
    });
  });

  it('refuses adoption while councils may still decide, but not once the deadline has passed', () => {
    const waiting = { ...ready, pendingCouncils: 2 };
    expect(checkTransition('consultation', 'adopted', undefined, waiting)).toMatchObject({
      code: 'PROGRAMME_COUNCILS_PENDING',
      message: '2 gemeenteraden hebben nog niet besloten en de termijn voor zienswijzen loopt nog.',
    });
    expect(
      checkTransition('consultation', 'adopted', undefined, { ...waiting, deadlinePassed: true }),
    ).toEqual({ allowed: true });
  });

  it('lets assignment progress be reported while drafting and carrying out, not in between', () => {
    expect(PROGRAMME_STATUSES.filter(isProgressOpen)).toEqual(['draft', 'adopted', 'in_execution']);
  });

  it('lets only a draft change, and freezes a version when leaving draft', () => {
    expect(PROGRAMME_STATUSES.filter(isEditable)).toEqual(['draft']);
    expect(freezesVersion('draft', 'proposed')).toBe(true);
    expect(freezesVersion('proposed', 'consultation')).toBe(false);
    expect(freezesVersion('consultation', 'draft')).toBe(false);
  });

  it('freezes the adopted programme as a version of its own', () => {
    expect(freezesVersion('consultation', 'adopted')).toBe(true);
    expect(freezesVersion('adopted', 'in_execution')).toBe(false);
  });

  it('takes amendments only while the councils weigh the programme', () => {
    expect(PROGRAMME_STATUSES.filter(acceptsAmendments)).toEqual(['consultation']);
  });
});
