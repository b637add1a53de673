import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The council cycle: the programme lifecycle, frozen versions, one decision per member council
 * with its formal view as numbered points and the board's answers, population by reference date
 * for the cost split, and an append-only audit trail that the database itself protects.
 */
export class CouncilCycle1763746200000 implements MigrationInterface {
  name = 'CouncilCycle1763746200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programmes" DROP CONSTRAINT "CHK_programmes_status"`);
    await queryRunner.query(`
      ALTER TABLE "programmes"
        ADD CONSTRAINT "CHK_programmes_status" CHECK ("status" IN (
          'draft', 'proposed', 'consultation', 'adopted', 'in_execution', 'closed')),
        ADD COLUMN "view_window_weeks" integer NULL,
        ADD COLUMN "sent_to_councils_on" date NULL,
        ADD COLUMN "consultation_deadline" date NULL,
        ADD COLUMN "adopted_on" date NULL,
        ADD COLUMN "contribution_key" jsonb NULL,
        ADD COLUMN "current_version_number" integer NOT NULL DEFAULT 0,
        ADD CONSTRAINT "CHK_programmes_view_window" CHECK ("view_window_weeks" BETWEEN 1 AND 52),
        ADD CONSTRAINT "CHK_programmes_contribution_key" CHECK (
          "contribution_key" IS NULL OR jsonb_typeof("contribution_key") = 'object')`);
    await queryRunner.query(
      `CREATE INDEX "IDX_programmes_status" ON "programmes" ("region_id", "status")`,
    );
    await queryRunner.query(`
      ALTER TABLE "assignments"
        ADD COLUMN "contribution_key" jsonb NULL,
        ADD CONSTRAINT "CHK_assignments_contribution_key" CHECK (
          "contribution_key" IS NULL OR jsonb_typeof("contribution_key") = 'object')`);

    await queryRunner.query(`
      CREATE TABLE "municipality_populations" (
        "municipality_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "reference_date" date NOT NULL,
        "population" integer NOT NULL,
        "source" text NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_municipality_populations" PRIMARY KEY ("municipality_id", "reference_date"),
        CONSTRAINT "CHK_municipality_populations_population" CHECK ("population" >= 0),
        CONSTRAINT "FK_municipality_populations_municipality" FOREIGN KEY ("municipality_id")
          REFERENCES "municipalities"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_municipality_populations_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_municipality_populations_region" ON "municipality_populations" ("region_id")`,
    );
    // The figures known so far become the first entries of each municipality's history.
    await queryRunner.query(`
      INSERT INTO "municipality_populations" ("municipality_id", "region_id", "reference_date", "population", "source")
      SELECT "id", "region_id", "population_reference_date", "population", "population_source"
        FROM "municipalities"
       WHERE "population" IS NOT NULL AND "population_reference_date" IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE "programme_versions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "programme_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "number" integer NOT NULL,
        "from_status" character varying(30) NOT NULL,
        "to_status" character varying(30) NOT NULL,
        "reason" text NULL,
        "created_by" character varying(320) NULL,
        "snapshot" jsonb NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_programme_versions" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_programme_versions_number" UNIQUE ("programme_id", "number"),
        CONSTRAINT "CHK_programme_versions_number" CHECK ("number" >= 1),
        CONSTRAINT "FK_programme_versions_programme" FOREIGN KEY ("programme_id")
          REFERENCES "programmes"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_programme_versions_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_programme_versions_region" ON "programme_versions" ("region_id")`,
    );

    await queryRunner.query(`
      CREATE TABLE "council_decisions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "programme_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "municipality_id" uuid NOT NULL,
        "status" character varying(30) NOT NULL DEFAULT 'pending',
        "council_meeting_date" date NULL,
        "decision_date" date NULL,
        "decision_reference" character varying(300) NOT NULL DEFAULT '',
        "decision_url" character varying(1000) NULL,
        "declined_assignment_ids" uuid[] NOT NULL DEFAULT '{}',
        "version" integer NOT NULL DEFAULT 1,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_council_decisions" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_council_decisions_programme_municipality" UNIQUE ("programme_id", "municipality_id"),
        CONSTRAINT "CHK_council_decisions_status" CHECK ("status" IN (
          'pending', 'no_view', 'view_submitted', 'agreed', 'agreed_with_view', 'rejected', 'partial')),
        CONSTRAINT "FK_council_decisions_programme" FOREIGN KEY ("programme_id")
          REFERENCES "programmes"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_council_decisions_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_council_decisions_municipality" FOREIGN KEY ("municipality_id")
          REFERENCES "municipalities"("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_council_decisions_region" ON "council_decisions" ("region_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_council_decisions_municipality" ON "council_decisions" ("municipality_id")`,
    );

    await queryRunner.query(`
      CREATE TABLE "view_points" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "programme_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "council_decision_id" uuid NOT NULL,
        "municipality_id" uuid NOT NULL,
        "number" integer NOT NULL,
        "text" text NOT NULL,
        "assignment_id" uuid NULL,
        "answer" text NULL,
        "outcome" character varying(20) NULL,
        "resulting_change" text NULL,
        "answered_at" TIMESTAMP WITH TIME ZONE NULL,
        "answered_by" character varying(320) NULL,
        "version" integer NOT NULL DEFAULT 1,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_view_points" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_view_points_number" UNIQUE ("council_decision_id", "number"),
        CONSTRAINT "CHK_view_points_number" CHECK ("number" >= 1),
        CONSTRAINT "CHK_view_points_outcome" CHECK (
          "outcome" IN ('adopted', 'partly_adopted', 'not_adopted')),
        CONSTRAINT "CHK_view_points_answered" CHECK (("answer" IS NULL) = ("outcome" IS NULL)),
        CONSTRAINT "FK_view_points_programme" FOREIGN KEY ("programme_id")
          REFERENCES "programmes"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_view_points_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_view_points_decision" FOREIGN KEY ("council_decision_id")
          REFERENCES "council_decisions"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_view_points_municipality" FOREIGN KEY ("municipality_id")
          REFERENCES "municipalities"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_view_points_assignment" FOREIGN KEY ("assignment_id")
          REFERENCES "assignments"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_view_points_programme" ON "view_points" ("programme_id", "answer")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_view_points_region" ON "view_points" ("region_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_view_points_assignment" ON "view_points" ("assignment_id")`,
    );

    await queryRunner.query(`
      CREATE TABLE "audit_records" (
        "id" bigint GENERATED ALWAYS AS IDENTITY,
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "region_id" uuid NULL,
        "actor" character varying(320) NULL,
        "entity" character varying(60) NOT NULL,
        "entity_id" uuid NOT NULL,
        "action" character varying(20) NOT NULL,
        "changes" jsonb NOT NULL DEFAULT '[]',
        "reason" text NULL,
        CONSTRAINT "PK_audit_records" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_audit_records_action" CHECK (
          "action" IN ('create', 'update', 'delete', 'transition')),
        CONSTRAINT "CHK_audit_records_changes" CHECK (jsonb_typeof("changes") = 'array')
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_records_entity" ON "audit_records" ("entity", "entity_id", "id" DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_records_region" ON "audit_records" ("region_id", "id" DESC)`,
    );
    // Append-only, enforced by the database itself: no UPDATE, DELETE or TRUNCATE, by anyone.
    await queryRunner.query(`
      CREATE FUNCTION "koers_audit_records_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_records is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER "audit_records_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_records"
      FOR EACH ROW EXECUTE FUNCTION "koers_audit_records_append_only"()`);
    await queryRunner.query(`
      CREATE TRIGGER "audit_records_no_truncate" BEFORE TRUNCATE ON "audit_records"
      FOR EACH STATEMENT EXECUTE FUNCTION "koers_audit_records_append_only"()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_records"`);
    await queryRunner.query(`DROP FUNCTION "koers_audit_records_append_only"()`);
    await queryRunner.query(`DROP TABLE "view_points"`);
    await queryRunner.query(`DROP TABLE "council_decisions"`);
    await queryRunner.query(`DROP TABLE "programme_versions"`);
    await queryRunner.query(`DROP TABLE "municipality_populations"`);
    await queryRunner.query(`
      ALTER TABLE "assignments"
        DROP CONSTRAINT "CHK_assignments_contribution_key",
        DROP COLUMN "contribution_key"`);
    await queryRunner.query(`DROP INDEX "IDX_programmes_status"`);
    await queryRunner.query(`
      ALTER TABLE "programmes"
        DROP CONSTRAINT "CHK_programmes_contribution_key",
        DROP CONSTRAINT "CHK_programmes_view_window",
        DROP COLUMN "current_version_number",
        DROP COLUMN "contribution_key",
        DROP COLUMN "adopted_on",
        DROP COLUMN "consultation_deadline",
        DROP COLUMN "sent_to_councils_on",
        DROP COLUMN "view_window_weeks",
        DROP CONSTRAINT "CHK_programmes_status"`);
    await queryRunner.query(`UPDATE "programmes" SET "status" = 'draft'`);
    await queryRunner.query(
      `ALTER TABLE "programmes" ADD CONSTRAINT "CHK_programmes_status" CHECK ("status" IN ('draft'))`,
    );
  }
}
