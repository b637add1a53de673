import { EntityManager } from 'typeorm';
import { ExternalProgrammeEntity } from '../modules/external-programmes/external-programme.entity';
import { MunicipalityEntity } from '../modules/municipalities/municipality.entity';
import { recordPopulation } from '../modules/municipalities/population-history';
import { OrganisationEntity } from '../modules/organisations/organisation.entity';
import { PersonEntity } from '../modules/people/person.entity';
import { RegionEntity } from '../modules/regions/region.entity';
import { ThemeEntity } from '../modules/themes/theme.entity';
import { DEMO_EXTERNAL_PROGRAMMES, DEMO_REGIONS, SeedRegion } from './data/reference-data';
import { SeedStep } from './run-seeds';

async function seedRegion(manager: EntityManager, data: SeedRegion): Promise<void> {
  const region = await manager.save(
    manager.create(RegionEntity, {
      name: data.name,
      shortName: data.shortName,
      governanceMode: data.governanceMode,
      provinces: data.provinces,
      viewWindowWeeks: data.viewWindowWeeks,
      defaultContributionKey: data.defaultContributionKey,
    }),
  );
  const regionId = region.id;
  const municipalities = await manager.save(
    data.municipalities.map((m) => manager.create(MunicipalityEntity, { ...m, regionId })),
  );
  for (const municipality of municipalities) await recordPopulation(manager, municipality);
  await manager.save(data.themes.map((t) => manager.create(ThemeEntity, { ...t, regionId })));
  const organisations = await manager.save(
    data.organisations.map((o) => manager.create(OrganisationEntity, { ...o, regionId })),
  );
  const idOf = (rows: { id: string; name: string }[], name: string | undefined) => {
    if (name === undefined) return null;
    const row = rows.find((r) => r.name === name);
    if (!row) throw new Error(`Seed data of ${data.shortName} refers to unknown "${name}".`);
    return row.id;
  };
  await manager.save(
    data.people.map((p) =>
      manager.create(PersonEntity, {
        regionId,
        name: p.name,
        email: p.email,
        function: p.function,
        organisationId: idOf(organisations, p.organisation),
        municipalityId: idOf(municipalities, p.municipality),
      }),
    ),
  );
}

/** The demo regions with their municipalities, themes, organisations, people; the programmes. */
export const referenceDataSeed: SeedStep = {
  name: 'reference-data',
  async run(manager) {
    for (const region of DEMO_REGIONS) await seedRegion(manager, region);
    await manager
      .createQueryBuilder()
      .insert()
      .into(ExternalProgrammeEntity)
      .values(DEMO_EXTERNAL_PROGRAMMES.map((p) => ({ ...p })))
      .orIgnore()
      .execute();
  },
};
