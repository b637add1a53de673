import type { AssignmentSnapshot, ProgrammeSnapshot } from '@koers/contracts';
import { budgetDelta, diffSnapshots } from './version-diff';

const assignment = (
  id: string,
  overrides: Partial<AssignmentSnapshot> = {},
): AssignmentSnapshot => ({
  id,
  code: id.toUpperCase(),
  title: `Opdracht ${id}`,
  goal: '',
  results: [],
  themeId: 't1',
  themeTitle: 'Mobiliteit',
  status: 'concept',
  participation: 'all',
  participantIds: [],
  contributionKey: null,
  portfolioHolderId: null,
  leadId: null,
  mandate: {
    scope: '',
    budgetCeilingCents: null,
    validFrom: null,
    validUntil: null,
    reportBackDates: [],
    escalation: '',
  },
  budgetLines: [
    { fundingSource: 'member_contribution', sourceName: '', year: 2026, amountCents: 100 },
  ],
  capacityLines: [],
  budgetTotalCents: 100,
  ...overrides,
});

const programme = (
  assignments: AssignmentSnapshot[],
  overrides: Partial<ProgrammeSnapshot> = {},
) => ({
  programmeId: 'p1',
  regionId: 'r1',
  year: 2026,
  title: 'Werkprogramma 2026',
  introduction: '',
  populationReferenceDate: null,
  viewWindowWeeks: null,
  contributionKey: null,
  assignments,
  budgetTotalCents: assignments.reduce((s, a) => s + a.budgetTotalCents, 0),
  ...overrides,
});

describe('diffSnapshots', () => {
  it('finds nothing between equal versions', () => {
    const v = programme([assignment('a'), assignment('b')]);
    expect(diffSnapshots(v, structuredClone(v))).toEqual({
      programmeChanges: [],
      added: [],
      removed: [],
      changed: [],
      budget: {
        bySource: [
          { fundingSource: 'member_contribution', oldCents: 200, newCents: 200, deltaCents: 0 },
        ],
        oldTotalCents: 200,
        newTotalCents: 200,
        deltaCents: 0,
      },
    });
  });

  it('lists added and removed assignments by code, and programme fields that changed', () => {
    const before = programme([assignment('b'), assignment('a')]);
    const after = programme([assignment('c'), assignment('a')], {
      title: 'Werkprogramma 2026 (herzien)',
      contributionKey: { type: 'fixed_plus_per_inhabitant', fixedShareBasisPoints: 5000 },
    });
    const diff = diffSnapshots(before, after);
    expect(diff.added.map((a) => a.id)).toEqual(['c']);
    expect(diff.removed.map((a) => a.id)).toEqual(['b']);
    expect(diff.changed).toEqual([]);
    expect(diff.programmeChanges).toEqual([
      { field: 'title', old: 'Werkprogramma 2026', new: 'Werkprogramma 2026 (herzien)' },
      {
        field: 'contributionKey',
        old: null,
        new: { type: 'fixed_plus_per_inhabitant', fixedShareBasisPoints: 5000 },
      },
    ]);
  });

  it('compares an assignment field by field, the mandate per part, with its budget delta per source', () => {
    const before = programme([assignment('a')]);
    const after = programme([
      assignment('a', {
        title: 'Snelfietsroute',
        participation: 'opt_in',
        participantIds: ['m1'],
        mandate: { ...assignment('a').mandate, scope: 'Variant kiezen', budgetCeilingCents: 5000 },
        budgetLines: [
          { fundingSource: 'member_contribution', sourceName: '', year: 2026, amountCents: 60 },
          { fundingSource: 'eu', sourceName: 'EFRO', year: 2026, amountCents: 90 },
        ],
        budgetTotalCents: 150,
      }),
    ]);
    const [changed] = diffSnapshots(before, after).changed;
    expect(changed.changes.map((c) => c.field)).toEqual([
      'title',
      'participation',
      'participantIds',
      'budgetLines',
      'budgetTotalCents',
      'mandate.scope',
      'mandate.budgetCeilingCents',
    ]);
    expect(changed.changes).toContainEqual({ field: 'participantIds', old: [], new: ['m1'] });
    expect(changed.budget).toEqual({
      bySource: [
        { fundingSource: 'member_contribution', oldCents: 100, newCents: 60, deltaCents: -40 },
        { fundingSource: 'eu', oldCents: 0, newCents: 90, deltaCents: 90 },
      ],
      oldTotalCents: 100,
      newTotalCents: 150,
      deltaCents: 50,
    });
  });

  it('keeps budget deltas exact in cents for large amounts', () => {
    const big = Number.MAX_SAFE_INTEGER - 1;
    const delta = budgetDelta(
      [
        assignment('a', {
          budgetLines: [
            { fundingSource: 'national', sourceName: '', year: 2026, amountCents: big },
          ],
        }),
      ],
      [],
    );
    expect(delta).toMatchObject({ oldTotalCents: big, newTotalCents: 0, deltaCents: -big });
  });
});
