import type { SteeringGroupResponse, SteeringGroupRole } from '@koers/contracts';
import { centsToEuroInput } from '../../../lib/euro-input';
import { newKey } from './assignment-draft';

export interface MemberDraft {
  key: string;
  personId: string;
  organisationId: string;
  role: SteeringGroupRole;
}

export interface CommitmentDraft {
  key: string;
  organisationId: string;
  description: string;
  amount: string;
  fte: string;
}

/** The stored members as the form edits them. */
export const memberDrafts = (group: SteeringGroupResponse): MemberDraft[] =>
  group.members.map((m) => ({ key: newKey(), ...m, organisationId: m.organisationId ?? '' }));

/** The stored commitments as the form edits them: euros and FTE as typed in Dutch. */
export const commitmentDrafts = (group: SteeringGroupResponse): CommitmentDraft[] =>
  group.commitments.map((c) => ({
    key: newKey(),
    organisationId: c.organisationId,
    description: c.description,
    amount: c.amountCents === null ? '' : centsToEuroInput(c.amountCents),
    fte: c.fte === null ? '' : String(c.fte).replace('.', ','),
  }));
