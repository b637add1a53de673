import type { RegionResponse } from '@koers/contracts';
import { RegionEntity } from './region.entity';

export function toRegionResponse(region: RegionEntity): RegionResponse {
  return {
    id: region.id,
    name: region.name,
    shortName: region.shortName,
    governanceMode: region.governanceMode,
    provinces: region.provinces,
    viewWindowWeeks: region.viewWindowWeeks,
    defaultContributionKey: region.defaultContributionKey,
    mandateOverrun: region.mandateOverrun,
    mandateOverrunSentence: region.mandateOverrunSentence,
    version: region.version,
    createdAt: region.createdAt.toISOString(),
    updatedAt: region.updatedAt.toISOString(),
  };
}
