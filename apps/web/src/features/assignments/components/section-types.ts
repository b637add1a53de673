import type {
  AssignmentSummary,
  ContributionKeyType,
  ContributionKeySpec,
  ExternalProgrammeResponse,
  MunicipalityResponse,
  OrganisationResponse,
  PersonResponse,
  ThemeResponse,
} from '@koers/contracts';
import type { AssignmentDraft } from '../form/assignment-draft';
import type { FieldErrors } from '../form/field-errors';

/** What the form offers to choose from; the route gathers it from the other features. */
export interface AssignmentFormLookups {
  programmeYear: number;
  themes: readonly ThemeResponse[];
  people: readonly PersonResponse[];
  municipalities: readonly MunicipalityResponse[];
  organisations: readonly OrganisationResponse[];
  externalProgrammes: readonly ExternalProgrammeResponse[];
  /** The programme's assignments, to link to (the one being edited is left out). */
  otherAssignments: readonly AssignmentSummary[];
  programmeKey: ContributionKeySpec | null;
  regionDefaultKey: ContributionKeyType;
}

export interface SectionProps {
  draft: AssignmentDraft;
  change: <K extends keyof AssignmentDraft>(key: K, value: AssignmentDraft[K]) => void;
  errors: FieldErrors;
  lookups: AssignmentFormLookups;
}

/** Moves focus to an input once React has rendered it (after adding a row). */
export function focusSoon(id: string) {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}
