import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables a region's money pages read, each row with its region_id (regions: its id). */
const TABLES = [
  'regions',
  'programmes',
  'municipalities',
  'municipality_populations',
  'assignments',
  'assignment_budget_lines',
  'assignment_participants',
  'council_decisions',
  'view_points',
  'people',
];

/**
 * A version per region that moves with every committed change to the data of the contributions
 * and the municipality summary, so that those pages can answer from memory while it stands
 * (issue 7). Each changed row moves it once, at commit (a deferred constraint trigger): the
 * version and the change become visible together, and the row lock on the version is taken
 * last, when the transaction holds every other lock it will take, so writers cannot deadlock
 * on it.
 */
export class RegionDataVersions1763860000000 implements MigrationInterface {
  name = 'RegionDataVersions1763860000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "region_data_versions" (
        "region_id" uuid NOT NULL,
        "version" bigint NOT NULL DEFAULT 0,
        CONSTRAINT "PK_region_data_versions" PRIMARY KEY ("region_id")
      )`);
    await queryRunner.query(`
      CREATE FUNCTION "koers_region_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed record;
        region uuid;
      BEGIN
        IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
        IF TG_TABLE_NAME = 'regions' THEN region := changed.id;
        ELSE region := changed.region_id;
        END IF;
        INSERT INTO "region_data_versions" AS v ("region_id", "version") VALUES (region, 1)
          ON CONFLICT ("region_id") DO UPDATE SET "version" = v."version" + 1;
        RETURN NULL;
      END $$`);
    for (const table of TABLES) {
      await queryRunner.query(`
        CREATE CONSTRAINT TRIGGER "region_data_changed"
          AFTER INSERT OR UPDATE OR DELETE ON "${table}"
          DEFERRABLE INITIALLY DEFERRED
          FOR EACH ROW EXECUTE FUNCTION "koers_region_data_changed"()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`DROP TRIGGER "region_data_changed" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "koers_region_data_changed"()`);
    await queryRunner.query(`DROP TABLE "region_data_versions"`);
  }
}
