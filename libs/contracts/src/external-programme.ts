export type ExternalProgrammeLevel = 'provincial' | 'national' | 'eu';
export const EXTERNAL_PROGRAMME_LEVELS: readonly ExternalProgrammeLevel[] = [
  'provincial',
  'national',
  'eu',
];

/**
 * A provincial, national or EU programme that assignments can link to. Every region reads every
 * programme; one a region added (`regionId`) is changed by that region's bureau only, a shared one
 * (`regionId` null) by a platform administrator only.
 */
export interface ExternalProgrammeResponse {
  id: string;
  /** The region that added it and maintains it; null for a programme shared by all regions. */
  regionId: string | null;
  name: string;
  level: ExternalProgrammeLevel;
  description: string;
  /** Moves on every change; send it back with a PATCH. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateExternalProgrammeRequest {
  name: string;
  level: ExternalProgrammeLevel;
  description?: string;
}

/**
 * Fields left out stay as they are. `version` is the version read (the API also takes it as
 * `If-Match: "<version>"`); when someone else saved since, the answer is 409 with `currentVersion`.
 */
export type UpdateExternalProgrammeRequest = Partial<CreateExternalProgrammeRequest> & {
  version: number;
};
