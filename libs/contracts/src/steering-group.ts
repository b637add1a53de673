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

export interface SteeringGroupRequest {
  members: SteeringGroupMember[];
  commitments: SteeringGroupCommitment[];
}

export interface SteeringGroupResponse extends SteeringGroupRequest {
  assignmentId: string;
}
