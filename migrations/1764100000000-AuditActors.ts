import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every audit record names who did it (issue 12, item 7): the user's id, their name at the time
 * and their role(s) in the region of the record; a write without a signed-in person names the
 * part of Koers that made it ("demo-gegevens", "beheer-opdrachtregel") with no id.
 *
 * The old `actor` column (always null so far) becomes `actor_name`. The check that a record
 * names an actor is NOT VALID: it binds every record written from now on, while the records
 * written before stay as they were — the trail is append-only, and "unknown" is the truth there.
 */
export class AuditActors1764100000000 implements MigrationInterface {
  name = 'AuditActors1764100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_records" RENAME COLUMN "actor" TO "actor_name"`);
    await queryRunner.query(`
      ALTER TABLE "audit_records"
        ADD COLUMN "actor_id" uuid NULL,
        ADD COLUMN "actor_role" character varying(120) NULL,
        ADD CONSTRAINT "CHK_audit_records_actor"
          CHECK ("actor_name" IS NOT NULL AND btrim("actor_name") <> '') NOT VALID`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "audit_records"
        DROP CONSTRAINT "CHK_audit_records_actor",
        DROP COLUMN "actor_role",
        DROP COLUMN "actor_id"`);
    await queryRunner.query(`ALTER TABLE "audit_records" RENAME COLUMN "actor_name" TO "actor"`);
  }
}
