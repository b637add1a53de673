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
  createdAt: string;
  updatedAt: string;
}

export interface CreateOrganisationRequest {
  name: string;
  kind: OrganisationKind;
}

export type UpdateOrganisationRequest = Partial<CreateOrganisationRequest>;
