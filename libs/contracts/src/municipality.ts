export interface MunicipalityResponse {
  id: string;
  regionId: string;
  name: string;
  /** CBS municipality code, e.g. `GM0772`. */
  cbsCode: string;
  province: string;
  /** Inhabitants at `populationReferenceDate`; null when not known (never estimated). */
  population: number | null;
  populationKnown: boolean;
  /** `YYYY-MM-DD`. */
  populationReferenceDate: string | null;
  populationSource: string | null;
  memberFrom: string | null;
  memberUntil: string | null;
  /** Moves on every change; send it back with a PATCH. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateMunicipalityRequest {
  name: string;
  cbsCode: string;
  province: string;
  population?: number | null;
  populationReferenceDate?: string | null;
  populationSource?: string | null;
  memberFrom?: string | null;
  memberUntil?: string | null;
}

/**
 * Fields left out stay as they are. `version` is the version read (the API also takes it as
 * `If-Match: "<version>"`); when someone else saved since, the answer is 409 with `currentVersion`.
 */
export type UpdateMunicipalityRequest = Partial<CreateMunicipalityRequest> & { version: number };

export type MunicipalitySort = 'name' | 'population' | 'cbsCode';
export const MUNICIPALITY_SORTS: readonly MunicipalitySort[] = ['name', 'population', 'cbsCode'];
