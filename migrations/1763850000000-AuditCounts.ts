import { MigrationInterface, QueryRunner } from 'typeorm';

/** The region key of audit records without a region (platform actions): no real region has it. */
const NO_REGION = '00000000-0000-0000-0000-000000000000';

/**
 * How many audit records there are per entity, region and action, kept by a statement trigger on
 * every INSERT. The audit trail is append-only (UPDATE, DELETE and TRUNCATE are refused), so the
 * counts stay exact. A page of a busy entity's trail reads its total here instead of counting
 * 20,000 records on every request (issue 7), then reads the page from the nearer end.
 */
export class AuditCounts1763850000000 implements MigrationInterface {
  name = 'AuditCounts1763850000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "audit_counts" (
        "entity" varchar(60) NOT NULL,
        "entity_id" uuid NOT NULL,
        "region_key" uuid NOT NULL,
        "action" varchar(20) NOT NULL,
        "records" bigint NOT NULL,
        CONSTRAINT "PK_audit_counts" PRIMARY KEY ("entity", "entity_id", "region_key", "action")
      )`);
    await queryRunner.query(`
      CREATE FUNCTION "koers_count_audit_records"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO "audit_counts" AS c ("entity", "entity_id", "region_key", "action", "records")
        SELECT "entity", "entity_id", coalesce("region_id", '${NO_REGION}'), "action", count(*)
          FROM "new_records" GROUP BY 1, 2, 3, 4
        ON CONFLICT ("entity", "entity_id", "region_key", "action")
          DO UPDATE SET "records" = c."records" + EXCLUDED."records";
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "audit_records_counted" AFTER INSERT ON "audit_records"
      REFERENCING NEW TABLE AS "new_records"
      FOR EACH STATEMENT EXECUTE FUNCTION "koers_count_audit_records"()`);
    await queryRunner.query(`
      INSERT INTO "audit_counts" ("entity", "entity_id", "region_key", "action", "records")
      SELECT "entity", "entity_id", coalesce("region_id", '${NO_REGION}'), "action", count(*)
        FROM "audit_records" GROUP BY 1, 2, 3, 4`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_records_counted" ON "audit_records"`);
    await queryRunner.query(`DROP FUNCTION "koers_count_audit_records"()`);
    await queryRunner.query(`DROP TABLE "audit_counts"`);
  }
}
