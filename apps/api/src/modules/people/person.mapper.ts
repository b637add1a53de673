import type { PersonResponse } from '@koers/contracts';
import { PersonEntity } from './person.entity';

export function toPersonResponse(person: PersonEntity): PersonResponse {
  return {
    id: person.id,
    regionId: person.regionId,
    name: person.name,
    email: person.email,
    function: person.function,
    organisationId: person.organisationId,
    municipalityId: person.municipalityId,
    version: person.version,
    createdAt: person.createdAt.toISOString(),
    updatedAt: person.updatedAt.toISOString(),
  };
}
