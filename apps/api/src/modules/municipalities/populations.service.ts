import { Injectable } from '@nestjs/common';
import type {
  PopulationHistoryResponse,
  PopulationRecordResponse,
  RecordPopulationRequest,
} from '@koers/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { translatePgErrors } from '../../common/pg-errors';
import { recordAudit } from '../audit/audit-trail';
import { RecordPopulationDto } from './dto/population.dto';
import { MunicipalityPopulationEntity } from './municipality-population.entity';
import { MunicipalityEntity } from './municipality.entity';
import { municipalityNotFound, populationDateTaken } from './municipality.errors';

const toRecord = (row: MunicipalityPopulationEntity): PopulationRecordResponse => ({
  municipalityId: row.municipalityId,
  referenceDate: row.referenceDate,
  population: row.population,
  source: row.source,
  createdAt: row.createdAt.toISOString(),
});

/** A municipality's population history: the figures the cost split takes at a reference date. */
@Injectable()
export class PopulationsService {
  constructor(private readonly dataSource: DataSource) {}

  async history(municipalityId: string): Promise<PopulationHistoryResponse> {
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy(MunicipalityEntity, { id: municipalityId }))) {
      throw municipalityNotFound(municipalityId);
    }
    const rows = await manager.find(MunicipalityPopulationEntity, {
      where: { municipalityId },
      order: { referenceDate: 'DESC' },
    });
    return { municipalityId, items: rows.map(toRecord) };
  }

  /**
   * Records a figure at a date that has none yet (409 otherwise: a recorded figure is corrected
   * through the municipality, not overwritten here), audited in the same transaction. The latest
   * figure also becomes the municipality's current population (its version moves).
   */
  async record(
    municipalityId: string,
    body: RecordPopulationDto,
  ): Promise<PopulationRecordResponse> {
    return this.dataSource.transaction(async (manager) => {
      const municipality = await manager
        .getRepository(MunicipalityEntity)
        .createQueryBuilder('m')
        .where('m.id = :id', { id: municipalityId })
        .setLock('pessimistic_write')
        .getOne();
      if (!municipality) throw municipalityNotFound(municipalityId);
      await storePopulation(manager, municipality, body);
      const saved = await manager.findOneByOrFail(MunicipalityPopulationEntity, {
        municipalityId,
        referenceDate: body.referenceDate,
      });
      return toRecord(saved);
    });
  }
}

/**
 * Inserts a figure at a date that has none yet (409 otherwise) and audits it; the latest figure
 * also becomes the municipality's current population (its version moves). The caller holds the
 * municipality's row lock inside its transaction.
 */
export async function storePopulation(
  manager: EntityManager,
  municipality: MunicipalityEntity,
  body: RecordPopulationRequest,
): Promise<void> {
  const municipalityId = municipality.id;
  await translatePgErrors(
    () =>
      manager.insert(MunicipalityPopulationEntity, {
        municipalityId,
        regionId: municipality.regionId,
        referenceDate: body.referenceDate,
        population: body.population,
        source: body.source,
      }),
    { unique: () => populationDateTaken(municipality.name, body.referenceDate) },
  );
  const latest =
    !municipality.populationReferenceDate ||
    body.referenceDate > municipality.populationReferenceDate;
  const current = {
    population: municipality.population,
    populationReferenceDate: municipality.populationReferenceDate,
    populationSource: municipality.populationSource,
  };
  const next = {
    population: body.population,
    populationReferenceDate: body.referenceDate,
    populationSource: body.source,
  };
  if (latest) {
    await manager
      .createQueryBuilder()
      .update(MunicipalityEntity)
      .set({ ...next, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id: municipalityId })
      .execute();
    // A later figure of the same import compares with this one.
    Object.assign(municipality, next);
  }
  await recordAudit(manager, {
    regionId: municipality.regionId,
    entity: 'municipality',
    entityId: municipalityId,
    action: 'update',
    reason: 'Inwonertal vastgelegd',
    changes: [
      {
        field: 'populationHistory',
        old: null,
        new: {
          referenceDate: body.referenceDate,
          population: body.population,
          source: body.source,
        },
      },
      ...(latest
        ? (Object.keys(next) as (keyof typeof next)[])
            .filter((field) => current[field] !== next[field])
            .map((field) => ({ field, old: current[field], new: next[field] }))
        : []),
    ],
  });
}
