export type ExternalProgrammeLevel = 'provincial' | 'national' | 'eu';
export const EXTERNAL_PROGRAMME_LEVELS: readonly ExternalProgrammeLevel[] = [
  'provincial',
  'national',
  'eu',
];

/** A provincial, national or EU programme that assignments can link to (shared by all regions). */
export interface ExternalProgrammeResponse {
  id: string;
  name: string;
  level: ExternalProgrammeLevel;
  description: string;
  createdAt: string;
  updatedAt: string;
}
