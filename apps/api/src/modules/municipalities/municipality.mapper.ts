import type { MunicipalityResponse } from '@koers/contracts';
import { MunicipalityEntity } from './municipality.entity';

export function toMunicipalityResponse(municipality: MunicipalityEntity): MunicipalityResponse {
  return {
    id: municipality.id,
    regionId: municipality.regionId,
    name: municipality.name,
    cbsCode: municipality.cbsCode,
    province: municipality.province,
    population: municipality.population,
    populationKnown: municipality.population !== null,
    populationReferenceDate: municipality.populationReferenceDate,
    populationSource: municipality.populationSource,
    memberFrom: municipality.memberFrom,
    memberUntil: municipality.memberUntil,
    version: municipality.version,
    createdAt: municipality.createdAt.toISOString(),
    updatedAt: municipality.updatedAt.toISOString(),
  };
}
