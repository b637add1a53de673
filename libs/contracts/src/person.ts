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
  /** Moves on every change; send it back with a PATCH. */
  version: number;
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

/**
 * Fields left out stay as they are. `version` is the version read (the API also takes it as
 * `If-Match: "<version>"`); when someone else saved since, the answer is 409 with `currentVersion`.
 */
export type UpdatePersonRequest = Partial<CreatePersonRequest> & { version: number };
