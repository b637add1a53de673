export type SteeringGroupRole = 'chair' | 'member' | 'advisor' | 'secretary';
export const STEERING_GROUP_ROLES: readonly SteeringGroupRole[] = [
  'chair',
  'member',
  'advisor',
  'secretary',
];

export interface SteeringGroupMember {
  personId: string;
  /** The organisation the member speaks for, if any. */
  organisationId: string | null;
  role: SteeringGroupRole;
}

/** What an organisation in the steering group puts in: money, people, or both. */
export interface SteeringGroupCommitment {
  organisationId: string;
  description: string;
  amountCents: number | null;
  fte: number | null;
}

/**
 * Replaces the members and commitments as a whole. `version` is the version of the steering group
 * that was read (the API also takes it as `If-Match: "<version>"`); when someone else saved since,
 * the answer is 409 STEERING_GROUP_VERSION_CONFLICT with `currentVersion`.
 */
export interface SteeringGroupRequest {
  members: SteeringGroupMember[];
  commitments: SteeringGroupCommitment[];
  version: number;
}

export interface SteeringGroupResponse extends SteeringGroupRequest {
  assignmentId: string;
  /** Moves on every save of the steering group; send it back with the next PUT. */
  version: number;
}
