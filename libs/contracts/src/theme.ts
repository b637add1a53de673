/** A multi-year challenge (opgave) of a region that assignments are grouped under. */
export interface ThemeResponse {
  id: string;
  regionId: string;
  title: string;
  description: string;
  periodStartYear: number;
  periodEndYear: number;
  /** Moves on every change; send it back with a PATCH. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateThemeRequest {
  title: string;
  description?: string;
  periodStartYear: number;
  periodEndYear: number;
}

/**
 * Fields left out stay as they are. `version` is the version read (the API also takes it as
 * `If-Match: "<version>"`); when someone else saved since, the answer is 409 with `currentVersion`.
 */
export type UpdateThemeRequest = Partial<CreateThemeRequest> & { version: number };
