import { isUtf8 } from 'node:buffer';
import { Injectable } from '@nestjs/common';
import type { PopulationImportResult } from '@koers/contracts';
import { matchStatLineRows, readStatLineCsv } from '@koers/domain';
import { DataSource, EntityManager } from 'typeorm';
import { importFileNotSupported } from '../imports/import.errors';
import { regionNotFound } from '../regions/region.errors';
import { RegionEntity } from '../regions/region.entity';
import { MunicipalityPopulationEntity } from './municipality-population.entity';
import { MunicipalityEntity } from './municipality.entity';
import { populationDateTaken } from './municipality.errors';
import { storePopulation } from './populations.service';

export interface PopulationImportOptions {
  dryRun: boolean;
  referenceDate: string | null;
  source: string | null;
  fileName: string;
}

/** The text of an upload: UTF-8, or (older StatLine exports) Windows-1252; never binary. */
function textOf(buffer: Buffer): string {
  if (buffer.length === 0) throw importFileNotSupported('het bestand is leeg');
  if (buffer.includes(0)) throw importFileNotSupported('het is geen tekst');
  return isUtf8(buffer) ? buffer.toString('utf8') : new TextDecoder('windows-1252').decode(buffer);
}

/**
 * A region's populations from one CBS StatLine CSV: a preview of what matches which municipality,
 * then every new figure stored in one transaction with its source, each audited; figures already
 * recorded with the same value are left alone, a different one at the same date refuses it all.
 */
@Injectable()
export class PopulationImportService {
  constructor(private readonly dataSource: DataSource) {}

  async import(
    regionId: string,
    file: Buffer,
    options: PopulationImportOptions,
  ): Promise<PopulationImportResult> {
    const read = readStatLineCsv(textOf(file));
    if (!read.ok) {
      throw importFileNotSupported(
        read.reason === 'no_header'
          ? "er is geen kop met een kolom Regio's en een kolom Bevolking (aantal)"
          : 'er staan geen gemeenten in',
      );
    }
    const run = (manager: EntityManager) => this.plan(manager, regionId, read.rows, options);
    return options.dryRun ? run(this.dataSource.manager) : this.dataSource.transaction(run);
  }

  private async plan(
    manager: EntityManager,
    regionId: string,
    rows: Parameters<typeof matchStatLineRows>[0],
    options: PopulationImportOptions,
  ): Promise<PopulationImportResult> {
    if (!(await manager.existsBy(RegionEntity, { id: regionId }))) throw regionNotFound(regionId);
    const query = manager
      .getRepository(MunicipalityEntity)
      .createQueryBuilder('m')
      .where('m.region_id = :regionId', { regionId })
      .orderBy('m.name');
    // Storing: the region's municipalities stay as read until the figures are in.
    if (!options.dryRun) query.setLock('pessimistic_write');
    const municipalities = await query.getMany();
    const match = matchStatLineRows(rows, municipalities, options.referenceDate);
    const recorded = await manager.find(MunicipalityPopulationEntity, {
      where: { regionId },
      select: { municipalityId: true, referenceDate: true, population: true },
    });
    const recordedAt = new Map(
      recorded.map((r) => [`${r.municipalityId}@${r.referenceDate}`, r.population]),
    );
    const source = options.source ?? `CBS StatLine, bevolking op 1 januari (${options.fileName})`;
    const matched = match.matched.map(({ row, municipality }) => {
      const before = recordedAt.get(`${municipality.id}@${row.referenceDate}`) ?? null;
      return {
        line: row.line,
        municipalityId: municipality.id,
        municipalityName: municipality.name,
        referenceDate: row.referenceDate,
        population: row.population,
        recorded: before,
        change:
          before === null
            ? ('new' as const)
            : before === row.population
              ? ('same' as const)
              : ('different' as const),
        municipality,
      };
    });
    let storedCount = 0;
    if (!options.dryRun) {
      const conflict = matched.find((m) => m.change === 'different');
      if (conflict) throw populationDateTaken(conflict.municipalityName, conflict.referenceDate);
      // Oldest first, so the latest figure of each municipality ends as its current one.
      const fresh = matched
        .filter((m) => m.change === 'new')
        .sort((a, b) => a.referenceDate.localeCompare(b.referenceDate));
      for (const m of fresh) {
        await storePopulation(manager, m.municipality, {
          referenceDate: m.referenceDate,
          population: m.population,
          source,
        });
      }
      storedCount = fresh.length;
    }
    return {
      dryRun: options.dryRun,
      source,
      matched: matched.map(({ municipality: _municipality, ...m }) => m),
      unmatched: match.unmatched.map(({ row, reason }) => ({
        line: row.line,
        label: row.label,
        reason,
      })),
      missing: match.missing.map((m) => ({ municipalityId: m.id, municipalityName: m.name })),
      storedCount,
    };
  }
}
