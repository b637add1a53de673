import type {
  CouncilDecisionStatus,
  MunicipalityRef,
  ResponseMemoCouncil,
  ResponseMemoOutcomes,
  ResponseMemoSummaryRow,
  ViewPointResponse,
} from '@koers/contracts';

export interface MemoDecision {
  municipalityId: string;
  status: CouncilDecisionStatus;
  decisionDate: string | null;
  decisionReference: string;
}

const empty = (): ResponseMemoOutcomes => ({
  points: 0,
  adopted: 0,
  partlyAdopted: 0,
  notAdopted: 0,
  unanswered: 0,
});

function count(into: ResponseMemoOutcomes, point: ViewPointResponse): void {
  into.points++;
  if (!point.answered || !point.outcome) into.unanswered++;
  else if (point.outcome === 'adopted') into.adopted++;
  else if (point.outcome === 'partly_adopted') into.partlyAdopted++;
  else into.notAdopted++;
}

/**
 * The memo's body from a round's register: the points grouped by council (councils by name,
 * points by the council's own numbers), with per council and in total how they were dealt with.
 */
export function buildMemo(
  points: readonly ViewPointResponse[],
  decisions: readonly MemoDecision[],
): {
  councils: ResponseMemoCouncil[];
  summary: ResponseMemoSummaryRow[];
  totals: ResponseMemoOutcomes;
} {
  const byCouncil = new Map<
    string,
    { municipality: MunicipalityRef; points: ViewPointResponse[] }
  >();
  for (const point of points) {
    const entry = byCouncil.get(point.municipality.id) ?? {
      municipality: point.municipality,
      points: [],
    };
    entry.points.push(point);
    byCouncil.set(point.municipality.id, entry);
  }
  const decisionOf = new Map(decisions.map((d) => [d.municipalityId, d]));
  const councils = [...byCouncil.values()]
    .sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'nl'))
    .map(({ municipality, points: own }): ResponseMemoCouncil => {
      const decision = decisionOf.get(municipality.id);
      return {
        municipality,
        decisionStatus: decision?.status ?? null,
        decisionDate: decision?.decisionDate ?? null,
        decisionReference: decision?.decisionReference ?? '',
        points: [...own].sort((a, b) => a.number - b.number),
      };
    });
  const totals = empty();
  const summary = councils.map((c) => {
    const row = { municipality: c.municipality, ...empty() };
    for (const point of c.points) {
      count(row, point);
      count(totals, point);
    }
    return row;
  });
  return { councils, summary, totals };
}
