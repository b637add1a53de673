import { toProgrammeTotals } from './programme-totals';

describe('toProgrammeTotals', () => {
  it('turns the bigint strings of PostgreSQL into exact cents, and sums FTE without float drift', () => {
    const totals = toProgrammeTotals({
      overall: [{ assignment_count: '3', budget_total_cents: '9007199254740991' }],
      bySource: [{ funding_source: 'eu', amount_cents: '9007199254740991' }],
      byTheme: [{ theme_id: 't1', theme_title: 'Mobiliteit', amount_cents: '42' }],
      byYear: [{ year: 2026, amount_cents: '42' }],
      bySupplier: [
        { supplier_organisation_id: null, supplier_name: 'Regiobureau', fte: '0.10', hours: null },
        { supplier_organisation_id: 'o1', supplier_name: 'Provincie', fte: '0.20', hours: '16' },
      ],
    });
    expect(totals).toEqual({
      assignmentCount: 3,
      budgetTotalCents: Number.MAX_SAFE_INTEGER,
      budgetByFundingSource: [{ fundingSource: 'eu', amountCents: Number.MAX_SAFE_INTEGER }],
      budgetByTheme: [{ themeId: 't1', themeTitle: 'Mobiliteit', amountCents: 42 }],
      budgetByYear: [{ year: 2026, amountCents: 42 }],
      fteTotal: 0.3,
      hoursTotal: 16,
      capacityBySupplier: [
        { supplierOrganisationId: null, supplierName: 'Regiobureau', fte: 0.1, hours: 0 },
        { supplierOrganisationId: 'o1', supplierName: 'Provincie', fte: 0.2, hours: 16 },
      ],
    });
  });

  it('gives zeros for a programme without assignments (sum of nothing is NULL in SQL)', () => {
    const totals = toProgrammeTotals({
      overall: [{ assignment_count: '0', budget_total_cents: null }],
      bySource: [],
      byTheme: [],
      byYear: [],
      bySupplier: [],
    });
    expect(totals.budgetTotalCents).toBe(0);
    expect(totals.fteTotal).toBe(0);
    expect(totals.assignmentCount).toBe(0);
  });

  it('refuses a sum that is no longer a safe integer instead of rounding it', () => {
    expect(() =>
      toProgrammeTotals({
        overall: [{ assignment_count: '1', budget_total_cents: '9007199254740993' }],
        bySource: [],
        byTheme: [],
        byYear: [],
        bySupplier: [],
      }),
    ).toThrow(RangeError);
  });
});
