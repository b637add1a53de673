import {
  checkCouncilDecision,
  COUNCIL_DECISION_STATUSES,
  CouncilDecisionInput,
  CouncilDecisionStatus,
} from './council-decision-rules';

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';
const assignmentIds = new Set([A, B]);
const rules = (input: CouncilDecisionInput, sentToCouncilsOn: string | null = '2026-03-01') =>
  checkCouncilDecision(input, { sentToCouncilsOn, assignmentIds }).map(
    (p) => `${p.field}:${p.rule}`,
  );

/** A decision that meets every rule, for each status. */
function valid(status: CouncilDecisionStatus): CouncilDecisionInput {
  return {
    status,
    decisionDate: status === 'pending' ? null : '2026-04-01',
    declinedAssignmentIds: status === 'partial' ? [A] : [],
    viewPoints:
      status === 'view_submitted' || status === 'agreed_with_view' || status === 'partial'
        ? [{ number: 1, text: 'Betrek de raden', assignmentId: B }]
        : [],
  };
}

describe('checkCouncilDecision', () => {
  it.each(COUNCIL_DECISION_STATUSES)('accepts a complete %s decision', (status) => {
    expect(rules(valid(status))).toEqual([]);
  });

  it('asks a decision date of every decision but pending, never before the sending', () => {
    expect(rules({ ...valid('agreed'), decisionDate: null })).toEqual([
      'decisionDate:DECISION_DATE_MISSING',
    ]);
    expect(rules({ ...valid('pending'), decisionDate: '2026-04-01' })).toEqual([
      'decisionDate:DECISION_DATE_NOT_ALLOWED',
    ]);
    expect(rules({ ...valid('agreed'), decisionDate: '2026-02-28' })).toEqual([
      'decisionDate:DECISION_DATE_BEFORE_SENT',
    ]);
    expect(rules({ ...valid('agreed'), decisionDate: '2026-02-28' }, null)).toEqual([]);
  });

  it('names declined assignments only for a partial decision, and not all of them', () => {
    expect(rules({ ...valid('partial'), declinedAssignmentIds: [] })).toEqual([
      'declinedAssignmentIds:DECLINED_MISSING',
    ]);
    expect(rules({ ...valid('partial'), declinedAssignmentIds: [A, B] })).toEqual([
      'declinedAssignmentIds:DECLINED_ALL',
    ]);
    expect(rules({ ...valid('rejected'), declinedAssignmentIds: [A] })).toEqual([
      'declinedAssignmentIds:DECLINED_NOT_ALLOWED',
    ]);
    expect(rules({ ...valid('partial'), declinedAssignmentIds: [A.toUpperCase(), 'x'] })).toEqual([
      'declinedAssignmentIds:DECLINED_ALL',
      'declinedAssignmentIds.1:NOT_AN_ASSIGNMENT',
    ]);
  });

  it('asks points for a view, refuses them without one, numbered 1..n once each', () => {
    expect(rules({ ...valid('agreed_with_view'), viewPoints: [] })).toEqual([
      'viewPoints:VIEW_POINTS_MISSING',
    ]);
    expect(rules({ ...valid('agreed'), viewPoints: [{ text: 'x' }] })).toEqual([
      'viewPoints:VIEW_POINTS_NOT_ALLOWED',
    ]);
    const twice = [
      { number: 1, text: 'een' },
      { number: 1, text: 'twee' },
    ];
    expect(rules({ ...valid('view_submitted'), viewPoints: twice })).toEqual([
      'viewPoints.1.number:VIEW_POINT_NUMBERING',
    ]);
    expect(
      rules({ ...valid('view_submitted'), viewPoints: [{ text: ' ', assignmentId: 'y' }] }),
    ).toEqual([
      'viewPoints.0.text:VIEW_POINT_TEXT_MISSING',
      'viewPoints.0.assignmentId:NOT_AN_ASSIGNMENT',
    ]);
  });

  it('checks no ids when it does not know the programme (the web before loading it)', () => {
    const input = { ...valid('partial'), declinedAssignmentIds: ['x', 'y', 'z'] };
    expect(checkCouncilDecision(input)).toEqual([]);
  });
});
