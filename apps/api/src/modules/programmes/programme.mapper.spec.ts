import { ProgrammeEntity } from './programme.entity';
import { toProgrammeResponse, toProgrammeSummary } from './programme.mapper';

const entity = Object.assign(new ProgrammeEntity(), {
  id: 'p1',
  regionId: 'r1',
  year: 2026,
  title: 'Werkprogramma 2026',
  introduction: 'Inleiding',
  status: 'draft',
  version: 4,
  populationReferenceDate: '2025-01-01',
  createdAt: new Date('2026-01-02T03:04:05Z'),
  updatedAt: new Date('2026-02-03T04:05:06Z'),
});

describe('programme mapper', () => {
  it('builds the contract with ISO timestamps and no entity internals', () => {
    expect(toProgrammeSummary(entity, 7)).toEqual({
      id: 'p1',
      regionId: 'r1',
      year: 2026,
      title: 'Werkprogramma 2026',
      introduction: 'Inleiding',
      status: 'draft',
      populationReferenceDate: '2025-01-01',
      contributionKey: null,
      viewWindowWeeks: null,
      sentToCouncilsOn: null,
      consultationDeadline: null,
      adoptedOn: null,
      versionCount: 0,
      assignmentCount: 7,
      version: 4,
      createdAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-02-03T04:05:06.000Z',
    });
  });

  it('takes the assignment count of the response from the totals', () => {
    const totals = {
      assignmentCount: 2,
      budgetTotalCents: 10,
      budgetByFundingSource: [],
      budgetByTheme: [],
      budgetByYear: [],
      fteTotal: 0,
      hoursTotal: 0,
      capacityBySupplier: [],
    };
    expect(toProgrammeResponse(entity, totals)).toMatchObject({ assignmentCount: 2, totals });
  });
});
