export type OrganisationKind =
  | 'municipality'
  | 'province'
  | 'national_government'
  | 'water_board'
  | 'business'
  | 'knowledge_institution'
  | 'societal_organisation'
  | 'other';
export const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  'municipality',
  'province',
  'national_government',
  'water_board',
  'business',
  'knowledge_institution',
  'societal_organisation',
  'other',
];

export interface OrganisationResponse {
  id: string;
  regionId: string;
  name: string;
  kind: OrganisationKind;
  /** Moves on every change; send it back with a PATCH. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateOrganisationRequest {
  name: string;
  kind: OrganisationKind;
}

/**
 * Fields left out stay as they are. `version` is the version read (the API also takes it as
 * `If-Match: "<version>"`); when someone else saved since, the answer is 409 with `currentVersion`.
 */
export type UpdateOrganisationRequest = Partial<CreateOrganisationRequest> & { version: number };
