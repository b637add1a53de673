import type { AssignmentOverviewResponse, MunicipalitySummaryResponse } from '@koers/contracts';

/** What one municipality pays for one assignment, as its council clerk's page says it. */
export interface MunicipalityShare {
  municipalityId: string;
  name: string;
  year: number;
  population: number | null;
  /**
   * `pays`: the API's share; `unknown`: it takes part but the API could not split the amount
   * (e.g. a population is missing) — never shown as € 0; `declined` / `notTakingPart`: pays nothing.
   */
  state: 'pays' | 'unknown' | 'declined' | 'notTakingPart';
  amountCents: number | null;
  /** Later years of this assignment, as the API splits them (not in the year's total). */
  laterYears: { year: number; amountCents: number }[];
}

/** The municipality's share of one assignment, from the contributions the API computed. */
export function municipalityShare(
  summary: MunicipalitySummaryResponse,
  overview: AssignmentOverviewResponse,
): MunicipalityShare {
  const assignmentId = overview.assignment.id;
  const c = summary.contribution;
  const part = c.byAssignment.find((a) => a.assignmentId === assignmentId);
  const participant = overview.participants.some((m) => m.id === summary.municipality.id);
  const declined = overview.declinedBy.some((m) => m.id === summary.municipality.id);
  const state = part ? 'pays' : declined ? 'declined' : participant ? 'unknown' : 'notTakingPart';
  return {
    municipalityId: summary.municipality.id,
    name: summary.municipality.name,
    year: summary.year,
    population: c.population,
    state,
    amountCents: part ? part.amountCents : null,
    laterYears: c.laterYears.flatMap((later) =>
      later.byAssignment
        .filter((a) => a.assignmentId === assignmentId)
        .map((a) => ({ year: later.year, amountCents: a.amountCents })),
    ),
  };
}
