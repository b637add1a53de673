export interface PersonResponse {
  id: string;
  regionId: string;
  name: string;
  email: string | null;
  function: string | null;
  /** The organisation the person works for, in the same region. */
  organisationId: string | null;
  /** The member municipality the person represents (e.g. an alderman), in the same region. */
  municipalityId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CreatePersonRequest {
  name: string;
  email?: string | null;
  function?: string | null;
  organisationId?: string | null;
  municipalityId?: string | null;
}

export type UpdatePersonRequest = Partial<CreatePersonRequest>;
