import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * External programmes become master data the bureau maintains (issue 18 §2): a programme a region
 * adds belongs to that region (`region_id`), which alone may change it; the programmes without one
 * are shared by all regions and only a platform administrator changes them. `version` is the
 * optimistic lock of every edit. A programme never moves to another region.
 */
export class ExternalProgrammeOwners1766300000000 implements MigrationInterface {
  name = 'ExternalProgrammeOwners1766300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "external_programmes"
        ADD COLUMN "region_id" uuid,
        ADD COLUMN "version" int NOT NULL DEFAULT 1,
        ADD CONSTRAINT "FK_external_programmes_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE CASCADE`);
    await queryRunner.query(
      `CREATE INDEX "IDX_external_programmes_region" ON "external_programmes" ("region_id")`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "region_id_is_fixed" BEFORE UPDATE OF "region_id" ON "external_programmes"
         FOR EACH ROW WHEN (NEW.region_id IS DISTINCT FROM OLD.region_id)
         EXECUTE FUNCTION koers_region_id_is_fixed()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "region_id_is_fixed" ON "external_programmes"`);
    await queryRunner.query(`DROP INDEX "IDX_external_programmes_region"`);
    await queryRunner.query(`
      ALTER TABLE "external_programmes"
        DROP CONSTRAINT "FK_external_programmes_region",
        DROP COLUMN "version",
        DROP COLUMN "region_id"`);
  }
}
