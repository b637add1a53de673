import type { SteeringGroupResponse } from '@koers/contracts';
import { SteeringGroupCommitmentEntity, SteeringGroupMemberEntity } from './steering-group.entity';

/** `version`: of the steering group as a whole (assignments.steering_group_version). */
export function toSteeringGroupResponse(
  assignmentId: string,
  version: number,
  members: SteeringGroupMemberEntity[],
  commitments: SteeringGroupCommitmentEntity[],
): SteeringGroupResponse {
  const byPosition = <T extends { position: number }>(rows: T[]) =>
    [...rows].sort((a, b) => a.position - b.position);
  return {
    assignmentId,
    version,
    members: byPosition(members).map((m) => ({
      personId: m.personId,
      organisationId: m.organisationId,
      role: m.role,
    })),
    commitments: byPosition(commitments).map((c) => ({
      organisationId: c.organisationId,
      description: c.description,
      amountCents: c.amountCents,
      fte: c.fte,
    })),
  };
}
