import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A period's bestuursrapportage marked final by the bureau (issue 16 §4): one per programme and
 * period, holding the snapshot that is public from then on, who marked it and when.
 */
export class BestuursrapportageFinals1766200000000 implements MigrationInterface {
  name = 'BestuursrapportageFinals1766200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "bestuursrapportage_finals" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "programme_id" uuid NOT NULL,
        "period_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "version" int NOT NULL DEFAULT 1,
        "snapshot" jsonb NOT NULL,
        "marked_final_at" timestamptz NOT NULL,
        "marked_final_by" varchar(320) NOT NULL,
        CONSTRAINT "PK_bestuursrapportage_finals" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_bestuursrapportage_finals_period" UNIQUE ("programme_id", "period_id"),
        CONSTRAINT "FK_bestuursrapportage_finals_programme" FOREIGN KEY ("programme_id")
          REFERENCES "programmes"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_bestuursrapportage_finals_period" FOREIGN KEY ("period_id")
          REFERENCES "reporting_periods"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_bestuursrapportage_finals_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_bestuursrapportage_finals_period" ON "bestuursrapportage_finals" ("period_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_bestuursrapportage_finals_region" ON "bestuursrapportage_finals" ("region_id")`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "region_id_is_fixed" BEFORE UPDATE OF "region_id" ON "bestuursrapportage_finals"
         FOR EACH ROW WHEN (NEW.region_id IS DISTINCT FROM OLD.region_id)
         EXECUTE FUNCTION koers_region_id_is_fixed()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "bestuursrapportage_finals"`);
  }
}
