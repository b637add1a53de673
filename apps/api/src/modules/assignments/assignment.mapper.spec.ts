import { AssignmentEntity } from './assignment.entity';
import { sumCents, toAssignmentResponse } from './assignment.mapper';
import {
  AssignmentBudgetLineEntity,
  AssignmentCapacityLineEntity,
  AssignmentKpiEntity,
} from './assignment-parts.entity';

const assignment = Object.assign(new AssignmentEntity(), {
  id: 'a1',
  programmeId: 'p1',
  regionId: 'r1',
  themeId: 't1',
  code: 'MOB-01',
  title: 'Snelfietsroute',
  goal: 'Meer fietsers',
  results: ['Tracéstudie'],
  risks: [{ description: 'Grond', mitigation: 'Overleg' }],
  portfolioHolderId: 'h1',
  leadId: null,
  participation: 'opt_in',
  mandateScope: 'Variant kiezen',
  mandateBudgetCeilingCents: 100,
  mandateValidFrom: '2026-01-01',
  mandateValidUntil: null,
  mandateReportBackDates: ['2026-06-30'],
  mandateEscalation: 'Investering naar de raden',
  status: 'active',
  priority: 2,
  version: 3,
  createdAt: new Date('2026-01-01T00:00:00Z'),
  updatedAt: new Date('2026-01-02T00:00:00Z'),
});

const line = (position: number, amountCents: number) =>
  Object.assign(new AssignmentBudgetLineEntity(), {
    id: `b${position}`,
    assignmentId: 'a1',
    regionId: 'r1',
    fundingSource: 'province',
    sourceName: `regel ${position}`,
    year: 2026,
    amountCents,
    position,
    payerSplit: null,
  });

describe('assignment mapper', () => {
  it('nests the mandate, orders lines by position, sums the budget and drops row ids', () => {
    const response = toAssignmentResponse({
      assignment,
      budgetLines: [line(1, 250), line(0, 1_000_000_001)],
      budgetLinePayers: [],
      capacityLines: [
        Object.assign(new AssignmentCapacityLineEntity(), {
          id: 'c0',
          assignmentId: 'a1',
          regionId: 'r1',
          supplierOrganisationId: null,
          supplierName: 'Regiobureau',
          year: 2026,
          fte: 0.8,
          hours: null,
          position: 0,
        }),
      ],
      kpis: [
        Object.assign(new AssignmentKpiEntity(), {
          id: 'k0',
          assignmentId: 'a1',
          regionId: 'r1',
          name: 'Variant',
          unit: '',
          baseline: '',
          target: 'Q4',
          targetDate: null,
          broadProsperityTheme: 'work_and_leisure',
          position: 0,
        }),
      ],
      participantIds: ['m1'],
      linkedAssignmentIds: [],
      externalProgrammeIds: ['e1'],
    });
    expect(response.mandate).toEqual({
      scope: 'Variant kiezen',
      budgetCeilingCents: 100,
      validFrom: '2026-01-01',
      validUntil: null,
      reportBackDates: ['2026-06-30'],
      escalation: 'Investering naar de raden',
    });
    expect(response.budgetLines.map((l) => l.sourceName)).toEqual(['regel 0', 'regel 1']);
    expect(response.budgetLines[0]).toEqual({
      fundingSource: 'province',
      sourceName: 'regel 0',
      year: 2026,
      amountCents: 1_000_000_001,
      payers: null,
      payerSplit: null,
      needsPayers: false,
    });
    expect(response.budgetTotalCents).toBe(1_000_000_251);
    expect(response.capacityLines[0]).not.toHaveProperty('id');
    expect(response.kpis[0]).not.toHaveProperty('position');
    expect(response).toMatchObject({
      id: 'a1',
      code: 'MOB-01',
      version: 3,
      participantIds: ['m1'],
      externalProgrammeIds: ['e1'],
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    expect(response).not.toHaveProperty('mandateScope');
  });

  it('sums cents exactly and refuses a total beyond the safe range', () => {
    expect(sumCents([])).toBe(0);
    expect(sumCents([Number.MAX_SAFE_INTEGER - 1, 1])).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => sumCents([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });
});
