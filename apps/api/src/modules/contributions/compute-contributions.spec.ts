import {
  compareWithPreviousYear,
  computeContributions,
  ContributionInput,
  ContributionInputAssignment,
} from './compute-contributions';

const municipalities = [
  { id: 'a', population: 10_000 },
  { id: 'b', population: 30_000 },
  { id: 'c', population: 60_000 },
];

const assignment = (
  id: string,
  overrides: Partial<ContributionInputAssignment> = {},
): ContributionInputAssignment => ({
  id,
  code: id.toUpperCase(),
  title: `Opdracht ${id}`,
  participation: 'all',
  participantIds: [],
  contributionKey: null,
  budgetLines: [
    { fundingSource: 'member_contribution', amountCents: 100_000, year: 2026 },
    // Stored before payers existed: split by the key until edited.
    { fundingSource: 'extra_member_contribution', amountCents: 1, year: 2026 },
    { fundingSource: 'province', amountCents: 999_999, year: 2026 },
  ],
  ...overrides,
});

const input = (overrides: Partial<ContributionInput> = {}): ContributionInput => ({
  year: 2026,
  programmeKey: null,
  regionDefaultKeyType: 'per_inhabitant',
  municipalities,
  assignments: [assignment('x')],
  ...overrides,
});

const sharesOf = (result: ReturnType<typeof computeContributions>, index = 0) =>
  result.assignments[index].shares;

describe('computeContributions', () => {
  it('splits only the member money of an assignment by population, to the cent', () => {
    const result = computeContributions(input());
    expect(result.assignments[0]).toMatchObject({
      amountCents: 100_001,
      key: { type: 'per_inhabitant', source: 'region' },
      payerIds: ['a', 'b', 'c'],
      splitTotalCents: 100_001,
      balanced: true,
      error: null,
    });
    expect(sharesOf(result)).toEqual({ a: 10_000, b: 30_000, c: 60_001 });
    expect(result.municipalities.map((m) => m.perInhabitantCents)).toEqual([1, 1, 1]);
    expect(result.totalCents).toBe(100_001);
  });

  it('lets only the listed participants of an opt-in assignment pay', () => {
    const result = computeContributions(
      input({
        assignments: [assignment('x', { participation: 'opt_in', participantIds: ['a', 'b'] })],
      }),
    );
    expect(sharesOf(result)).toEqual({ a: 25_000, b: 75_001, c: 0 });
    expect(result.municipalities[2]).toMatchObject({ totalCents: 0, byAssignment: [] });
  });

  it('recomputes the others when a council declines one assignment or rejects everything', () => {
    const result = computeContributions(
      input({
        assignments: [assignment('x'), assignment('y')],
        decisions: [
          { municipalityId: 'a', status: 'partial', declinedAssignmentIds: ['x'] },
          { municipalityId: 'b', status: 'agreed', declinedAssignmentIds: [] },
        ],
      }),
    );
    expect(sharesOf(result, 0)).toEqual({ a: 0, b: 33_334, c: 66_667 });
    expect(result.assignments[0].declinedByIds).toEqual(['a']);
    expect(sharesOf(result, 1)).toEqual({ a: 10_000, b: 30_000, c: 60_001 });

    const rejected = computeContributions(
      input({
        assignments: [assignment('x'), assignment('y')],
        decisions: [{ municipalityId: 'c', status: 'rejected', declinedAssignmentIds: [] }],
      }),
    );
    for (const a of rejected.assignments) {
      expect(a.shares.c).toBe(0);
      expect(a.splitTotalCents).toBe(a.amountCents);
    }
    expect(rejected.municipalities[2]).toMatchObject({ totalCents: 0, perInhabitantCents: 0 });
  });

  it('uses the assignment override before the programme key before the region default', () => {
    const result = computeContributions(
      input({
        programmeKey: { type: 'fixed_plus_per_inhabitant', fixedShareBasisPoints: 10_000 },
        assignments: [
          assignment('x'),
          assignment('y', {
            contributionKey: {
              type: 'custom_percentages',
              basisPointsByMunicipality: { a: 5_000, b: 5_000, c: 0 },
            },
          }),
        ],
      }),
    );
    expect(result.assignments[0].key.source).toBe('programme');
    expect(sharesOf(result, 0)).toEqual({ a: 33_333, b: 33_334, c: 33_334 });
    expect(result.assignments[1].key.source).toBe('assignment');
    expect(sharesOf(result, 1)).toEqual({ a: 50_000, b: 50_001, c: 0 });
  });

  it('reports an assignment it cannot split instead of guessing, and keeps the others', () => {
    const result = computeContributions(
      input({
        municipalities: [...municipalities, { id: 'd', population: null }],
        assignments: [
          assignment('x'),
          assignment('y', { participation: 'opt_in', participantIds: ['a'] }),
        ],
      }),
    );
    expect(result.failures).toHaveLength(1);
    expect(result.assignments[0]).toMatchObject({
      balanced: false,
      error: { code: 'POPULATION_UNKNOWN', municipalityIds: ['d'] },
    });
    expect(result.assignments[1]).toMatchObject({ balanced: true, shares: { a: 100_001 } });
    expect(result.municipalities[3].perInhabitantCents).toBeNull();
  });

  it('gives each municipality last year’s total and the difference', () => {
    const current = computeContributions(input());
    const previous = computeContributions(
      input({
        year: 2025,
        municipalities: municipalities.slice(0, 2),
        assignments: [
          assignment('old', {
            budgetLines: [
              { fundingSource: 'member_contribution', amountCents: 40_000, year: 2025 },
            ],
          }),
        ],
      }),
    );
    const compared = compareWithPreviousYear(current, previous);
    expect(compared.get('a')).toEqual({ previousYearTotalCents: 10_000, differenceCents: 0 });
    expect(compared.get('b')).toEqual({ previousYearTotalCents: 30_000, differenceCents: 0 });
    expect(compared.get('c')).toEqual({ previousYearTotalCents: 0, differenceCents: 60_001 });
    expect(compareWithPreviousYear(current, null).get('a')).toEqual({
      previousYearTotalCents: null,
      differenceCents: null,
    });
  });

  it("counts only the programme's year; later years are shown apart, never in the total", () => {
    const result = computeContributions(
      input({
        assignments: [
          assignment('x', {
            budgetLines: [
              { fundingSource: 'member_contribution', amountCents: 100_000, year: 2026 },
              { fundingSource: 'member_contribution', amountCents: 50_000_00, year: 2027 },
              { fundingSource: 'member_contribution', amountCents: 7, year: 2025 },
            ],
          }),
        ],
      }),
    );
    expect(result.totalCents).toBe(100_000);
    expect(result.assignments[0]).toMatchObject({
      amountCents: 100_000,
      laterYears: [{ year: 2027, amountCents: 50_000_00 }],
    });
    expect(result.laterYears).toEqual([
      { year: 2027, totalCents: 50_000_00, unsplitAssignmentIds: [] },
    ]);
    expect(result.municipalities[2]).toMatchObject({
      totalCents: 60_000,
      laterYears: [{ year: 2027, totalCents: 30_000_00 }],
    });
  });

  it('splits an extra contribution only over its named payers, minus a payer that declined', () => {
    const extra = (payerIds: string[]) =>
      assignment('x', {
        budgetLines: [
          {
            fundingSource: 'extra_member_contribution',
            amountCents: 900,
            year: 2026,
            payerSplit: 'equal',
            payers: payerIds.map((municipalityId) => ({ municipalityId })),
          },
        ],
      });
    const result = computeContributions(input({ assignments: [extra(['b', 'c'])] }));
    expect(sharesOf(result)).toEqual({ a: 0, b: 450, c: 450 });
    expect(result.municipalities[0]).toMatchObject({ totalCents: 0, byAssignment: [] });
    const declined = computeContributions(
      input({
        assignments: [extra(['b', 'c'])],
        decisions: [{ municipalityId: 'b', status: 'partial', declinedAssignmentIds: ['x'] }],
      }),
    );
    expect(sharesOf(declined)).toEqual({ a: 0, b: 0, c: 900 });
    expect(declined.assignments[0].extraContributions[0]).toMatchObject({
      namedPayerIds: ['b', 'c'],
      declinedByIds: ['b'],
      shares: [{ municipalityId: 'c', amountCents: 900 }],
    });
  });
});
