import type { ContributionKeyType, MandateOverrunRule } from '@koers/domain';

/** How a region is governed: a public body under the Wgr, or a light network / covenant. */
export type GovernanceMode = 'wgr_public_body' | 'network';
export const GOVERNANCE_MODES: readonly GovernanceMode[] = ['wgr_public_body', 'network'];

export interface RegionResponse {
  id: string;
  name: string;
  shortName: string;
  governanceMode: GovernanceMode;
  provinces: string[];
  /** How many weeks a council gets for its formal view (zienswijze). */
  viewWindowWeeks: number;
  defaultContributionKey: ContributionKeyType;
  /** A decision that would pass a mandate's ceiling: refused, or recorded as an escalation. */
  mandateOverrun: MandateOverrunRule;
  /** The sentence the regional agreement prescribes when a decision passes the mandate. */
  mandateOverrunSentence: string;
  /** Moves on every change; send it back with a PATCH. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateRegionRequest {
  name: string;
  shortName: string;
  governanceMode: GovernanceMode;
  provinces?: string[];
  viewWindowWeeks?: number;
  defaultContributionKey?: ContributionKeyType;
  mandateOverrun?: MandateOverrunRule;
  mandateOverrunSentence?: string;
}

/**
 * Fields left out stay as they are. `version` is the version read (the API also takes it as
 * `If-Match: "<version>"`); when someone else saved since, the answer is 409 with `currentVersion`.
 */
export type UpdateRegionRequest = Partial<CreateRegionRequest> & { version: number };
