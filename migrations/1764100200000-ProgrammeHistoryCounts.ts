import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How many records a programme's history holds per entity, action and actor, kept by a
 * statement trigger on every INSERT into the append-only audit trail, like audit_counts: the
 * programme history page reads its totals here, for any filter by kind and person, instead of
 * counting 20,000 records of a busy programme on every request. `last_id` is each actor's
 * latest record, for the list of people with their name and role as of then.
 *
 * The trigger writes as the owner (SECURITY DEFINER, fixed search path); the app role may only
 * read the table (see database/app-role.ts).
 */
export class ProgrammeHistoryCounts1764100200000 implements MigrationInterface {
  name = 'ProgrammeHistoryCounts1764100200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const [{ schema }] = (await queryRunner.query(
      `SELECT quote_ident(current_schema()) AS schema`,
    )) as { schema: string }[];
    await queryRunner.query(`
      CREATE TABLE "audit_programme_counts" (
        "programme_id" uuid NOT NULL,
        "entity" varchar(60) NOT NULL,
        "action" varchar(20) NOT NULL,
        "actor_key" text NOT NULL,
        "records" bigint NOT NULL,
        "last_id" bigint NOT NULL,
        CONSTRAINT "PK_audit_programme_counts"
          PRIMARY KEY ("programme_id", "entity", "action", "actor_key")
      )`);
    // An actor is their user id, or a system actor's name; '' for records from before actors.
    const count = (source: string) => `
      SELECT "programme_id", "entity", "action",
             coalesce("actor_id"::text, "actor_name", ''), count(*), max("id")
        FROM ${source} WHERE "programme_id" IS NOT NULL GROUP BY 1, 2, 3, 4`;
    await queryRunner.query(`
      CREATE FUNCTION "koers_count_programme_audit_records"() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${schema}, pg_temp AS $$
      BEGIN
        INSERT INTO "audit_programme_counts" AS c
               ("programme_id", "entity", "action", "actor_key", "records", "last_id")
        ${count('"new_records"')}
        ON CONFLICT ("programme_id", "entity", "action", "actor_key") DO UPDATE
          SET "records" = c."records" + EXCLUDED."records",
              "last_id" = greatest(c."last_id", EXCLUDED."last_id");
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `REVOKE ALL ON FUNCTION "koers_count_programme_audit_records"() FROM PUBLIC`,
    );
    await queryRunner.query(`
      CREATE TRIGGER "audit_records_programme_counted" AFTER INSERT ON "audit_records"
      REFERENCING NEW TABLE AS "new_records"
      FOR EACH STATEMENT EXECUTE FUNCTION "koers_count_programme_audit_records"()`);
    await queryRunner.query(`
      INSERT INTO "audit_programme_counts"
             ("programme_id", "entity", "action", "actor_key", "records", "last_id")
      ${count('"audit_records"')}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_records_programme_counted" ON "audit_records"`);
    await queryRunner.query(`DROP FUNCTION "koers_count_programme_audit_records"()`);
    await queryRunner.query(`DROP TABLE "audit_programme_counts"`);
  }
}
