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

/** One figure of a municipality's population history: the split reads these. */
export interface PopulationRecordResponse {
  municipalityId: string;
  /** `YYYY-MM-DD`: the date the figure is for (CBS: usually 1 January). */
  referenceDate: string;
  population: number;
  /** Where it comes from, e.g. "CBS StatLine, bevolking op 1 januari 2025". */
  source: string | null;
  createdAt: string;
}

/**
 * `POST /api/municipalities/{id}/populations` (bureau, region admin). 409 when the municipality
 * already has a figure at that date. When the date is the latest, it also becomes the
 * municipality's current population.
 */
export interface RecordPopulationRequest {
  referenceDate: string;
  population: number;
  source: string;
}

/** `GET /api/municipalities/{id}/populations`: newest first. */
export interface PopulationHistoryResponse {
  municipalityId: string;
  items: PopulationRecordResponse[];
}

/** What happens to a matched row of a population import. */
export type PopulationImportChange = 'new' | 'same' | 'different';
export const POPULATION_IMPORT_CHANGES: readonly PopulationImportChange[] = [
  'new',
  'same',
  'different',
];
export type PopulationImportUnmatchedReason =
  'unknown_municipality' | 'no_value' | 'no_date' | 'duplicate';
export const POPULATION_IMPORT_UNMATCHED_REASONS: readonly PopulationImportUnmatchedReason[] = [
  'unknown_municipality',
  'no_value',
  'no_date',
  'duplicate',
];

/**
 * `POST /api/regions/{regionId}/populations/import` (bureau, region admin): a CBS StatLine CSV
 * of inhabitants per municipality on 1 January. A dry run previews; otherwise every new figure is
 * stored in one transaction (or none: 409 when a date already has a different figure).
 */
export interface PopulationImportResult {
  dryRun: boolean;
  /** The source every stored figure gets. */
  source: string;
  matched: {
    line: number;
    municipalityId: string;
    municipalityName: string;
    referenceDate: string;
    population: number;
    /** The figure already recorded at that date, if any. */
    recorded: number | null;
    change: PopulationImportChange;
  }[];
  unmatched: { line: number; label: string; reason: PopulationImportUnmatchedReason }[];
  /** The region's municipalities the file has no usable figure for. */
  missing: { municipalityId: string; municipalityName: string }[];
  /** How many figures were stored (0 in a dry run). */
  storedCount: number;
}
