import { MigrationInterface, QueryRunner } from 'typeorm';

const UUID = `'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'`;

/**
 * The programme-wide history (issue 12, item 9): every audit record about a programme, its
 * assignments and steering groups, its council decisions and the answers to their views
 * carries the programme's id, so the history of a programme is one index range, also for
 * records of rows deleted since (an assignment's delete record names its programme).
 *
 * The id is derived, never passed: a BEFORE INSERT trigger fills it from the row the record is
 * about, so a write added later lands in the history without anyone remembering to. Records
 * written before this migration get it once here; the append-only trigger is set aside for
 * that one UPDATE of a derived key, which changes nothing that was recorded.
 *
 * Frozen versions also keep the user id and role of whoever froze them, beside their name.
 */
export class ProgrammeHistory1764100100000 implements MigrationInterface {
  name = 'ProgrammeHistory1764100100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_records" ADD COLUMN "programme_id" uuid NULL`);
    await queryRunner.query(`
      CREATE FUNCTION "koers_audit_programme"(p_entity varchar, p_entity_id uuid, p_changes jsonb)
        RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT CASE p_entity
          WHEN 'programme' THEN p_entity_id
          WHEN 'assignment' THEN coalesce(
            (SELECT a.programme_id FROM assignments a WHERE a.id = p_entity_id),
            (SELECT coalesce(c ->> 'old', c ->> 'new')::uuid
               FROM jsonb_array_elements(p_changes) c
              WHERE c ->> 'field' = 'programmeId'
                AND coalesce(c ->> 'old', c ->> 'new') ~ ${UUID}
              LIMIT 1))
          WHEN 'steering_group' THEN
            (SELECT a.programme_id FROM assignments a WHERE a.id = p_entity_id)
          WHEN 'council_decision' THEN
            (SELECT d.programme_id FROM council_decisions d WHERE d.id = p_entity_id)
          WHEN 'view_point' THEN
            (SELECT v.programme_id FROM view_points v WHERE v.id = p_entity_id)
        END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION "koers_audit_record_programme"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."programme_id" IS NULL THEN
          NEW."programme_id" := koers_audit_programme(NEW."entity", NEW."entity_id", NEW."changes");
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "audit_records_programme" BEFORE INSERT ON "audit_records"
      FOR EACH ROW EXECUTE FUNCTION "koers_audit_record_programme"()`);
    await queryRunner.query(
      `ALTER TABLE "audit_records" DISABLE TRIGGER "audit_records_no_update_delete"`,
    );
    await queryRunner.query(`
      UPDATE "audit_records"
         SET "programme_id" = koers_audit_programme("entity", "entity_id", "changes")
       WHERE "entity" IN ('programme', 'assignment', 'steering_group', 'council_decision',
                          'view_point')`);
    await queryRunner.query(
      `ALTER TABLE "audit_records" ENABLE TRIGGER "audit_records_no_update_delete"`,
    );
    // The history page counts and pages from the index alone (filters by kind and by person).
    await queryRunner.query(`
      CREATE INDEX "IDX_audit_records_programme" ON "audit_records" ("programme_id", "id" DESC)
        INCLUDE ("entity", "action", "actor_id", "actor_name") WHERE "programme_id" IS NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE "programme_versions"
        ADD COLUMN "created_by_id" uuid NULL,
        ADD COLUMN "created_by_role" character varying(120) NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "programme_versions" DROP COLUMN "created_by_role", DROP COLUMN "created_by_id"`,
    );
    await queryRunner.query(`DROP INDEX "IDX_audit_records_programme"`);
    await queryRunner.query(`DROP TRIGGER "audit_records_programme" ON "audit_records"`);
    await queryRunner.query(`DROP FUNCTION "koers_audit_record_programme"()`);
    await queryRunner.query(`DROP FUNCTION "koers_audit_programme"(varchar, uuid, jsonb)`);
    await queryRunner.query(`ALTER TABLE "audit_records" DROP COLUMN "programme_id"`);
  }
}
