import type { ExternalProgrammeResponse } from '@koers/contracts';
import { ExternalProgrammeEntity } from './external-programme.entity';

export function toExternalProgrammeResponse(
  programme: ExternalProgrammeEntity,
): ExternalProgrammeResponse {
  return {
    id: programme.id,
    regionId: programme.regionId,
    name: programme.name,
    level: programme.level,
    description: programme.description,
    version: programme.version,
    createdAt: programme.createdAt.toISOString(),
    updatedAt: programme.updatedAt.toISOString(),
  };
}
