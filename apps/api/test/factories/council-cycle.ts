import type { AssignmentResponse, ProgrammeResponse, ProgrammeStatus } from '@koers/contracts';
import { createRegionFixture, RegionFixture } from './programme-fixtures';
import { clientOf, type Http, unique } from './reference-data';

/** The path through the lifecycle from draft to each state (going forward only). */
export const PATH_TO: Record<ProgrammeStatus, ProgrammeStatus[]> = {
  draft: [],
  proposed: ['proposed'],
  consultation: ['proposed', 'consultation'],
  adopted: ['proposed', 'consultation', 'adopted'],
  in_execution: ['proposed', 'consultation', 'adopted', 'in_execution'],
  closed: ['proposed', 'consultation', 'adopted', 'in_execution', 'closed'],
};

export interface ProgrammeWithAssignments {
  region: RegionFixture;
  programme: ProgrammeResponse;
  assignments: AssignmentResponse[];
}

/** A plain assignment body for `POST /api/programmes/{id}/assignments`. */
export function assignmentBody(region: RegionFixture, index: number, overrides: object = {}) {
  return {
    themeId: region.themeIds[index % region.themeIds.length],
    code: `OPD-${index + 1}`,
    title: `Opdracht ${index + 1}`,
    goal: `Doel ${index + 1}`,
    results: [`Resultaat ${index + 1}`],
    budgetLines: [
      {
        fundingSource: 'member_contribution',
        sourceName: 'Inwonerbijdrage',
        year: 2026,
        amountCents: 1_000_000 * (index + 1),
      },
      { fundingSource: 'province', year: 2026, amountCents: 500_000 },
    ],
    capacityLines: [{ supplierName: 'Regiobureau', year: 2026, fte: 0.5 }],
    ...overrides,
  };
}

/**
 * A region (3 municipalities, inserted with SQL on `dbUrl`) with a draft programme of `count`
 * assignments, created through the API. Pass `region` to reuse an existing fixture.
 */
export async function createProgrammeWithAssignments(
  http: Http,
  dbUrl: string,
  options: {
    count?: number;
    year?: number;
    region?: RegionFixture;
    programme?: object;
    assignment?: (index: number, region: RegionFixture) => object;
  } = {},
): Promise<ProgrammeWithAssignments> {
  const region = options.region ?? (await createRegionFixture(dbUrl));
  const created = await clientOf(http)
    .post(`/api/regions/${region.regionId}/programmes`)
    .send({
      year: options.year ?? 2026,
      title: `Werkprogramma ${unique()}`,
      ...options.programme,
    });
  if (created.status !== 201) {
    throw new Error(
      `creating a programme answered ${created.status}: ${JSON.stringify(created.body)}`,
    );
  }
  const programmeId = (created.body as ProgrammeResponse).id;
  const assignments: AssignmentResponse[] = [];
  for (let i = 0; i < (options.count ?? 2); i++) {
    const res = await clientOf(http)
      .post(`/api/programmes/${programmeId}/assignments`)
      .send(options.assignment ? options.assignment(i, region) : assignmentBody(region, i));
    if (res.status !== 201) {
      throw new Error(`creating an assignment answered ${res.status}: ${JSON.stringify(res.body)}`);
    }
    assignments.push(res.body as AssignmentResponse);
  }
  const programme = await clientOf(http).get(`/api/programmes/${programmeId}`).expect(200);
  return { region, programme: programme.body as ProgrammeResponse, assignments };
}

/** `POST /api/programmes/{id}/transitions`; returns the supertest response (any status). */
export function transition(
  http: Http,
  programmeId: string,
  to: ProgrammeStatus,
  reason?: string,
  extra: { sentOn?: string; viewWindowWeeks?: number } = {},
) {
  return clientOf(http)
    .post(`/api/programmes/${programmeId}/transitions`)
    .send({ to, ...(reason === undefined ? {} : { reason }), ...extra });
}

/** Moves a draft programme forward to `status`, expecting every step to succeed. */
export async function moveTo(
  http: Http,
  programmeId: string,
  status: ProgrammeStatus,
  extra: { sentOn?: string; viewWindowWeeks?: number } = {},
): Promise<ProgrammeResponse> {
  let last: ProgrammeResponse | undefined;
  for (const step of PATH_TO[status]) {
    const res = await transition(
      http,
      programmeId,
      step,
      undefined,
      step === 'consultation' ? extra : {},
    );
    if (res.status !== 200) {
      throw new Error(`transition to ${step} answered ${res.status}: ${JSON.stringify(res.body)}`);
    }
    last = res.body as ProgrammeResponse;
  }
  return (
    last ?? ((await clientOf(http).get(`/api/programmes/${programmeId}`)).body as ProgrammeResponse)
  );
}
