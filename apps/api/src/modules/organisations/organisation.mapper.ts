import type { OrganisationResponse } from '@koers/contracts';
import { OrganisationEntity } from './organisation.entity';

export function toOrganisationResponse(organisation: OrganisationEntity): OrganisationResponse {
  return {
    id: organisation.id,
    regionId: organisation.regionId,
    name: organisation.name,
    kind: organisation.kind,
    version: organisation.version,
    createdAt: organisation.createdAt.toISOString(),
    updatedAt: organisation.updatedAt.toISOString(),
  };
}
