import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The year after adoption (issue 16 §1 §2): a region's reporting calendar (absent = the default
 * spring and autumn report), the periods an executing programme reports over, and a progress
 * report per assignment and period with its lines (milestones, money per budget line, capacity per
 * capacity line, KPI measurements, risks). The lines belong to their report and are replaced with it.
 */
const REGION_TABLES = [
  'reporting_periods',
  'progress_reports',
  'progress_report_milestones',
  'progress_report_money',
  'progress_report_capacity',
  'progress_report_kpi_values',
  'progress_report_risks',
];

export class ProgressReports1766000000000 implements MigrationInterface {
  name = 'ProgressReports1766000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "reporting_calendars" (
        "region_id" uuid NOT NULL,
        "entries" jsonb NOT NULL,
        "version" int NOT NULL DEFAULT 1,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_reporting_calendars" PRIMARY KEY ("region_id"),
        CONSTRAINT "FK_reporting_calendars_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE "reporting_periods" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "programme_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "position" int NOT NULL,
        "kind" varchar(40) NOT NULL,
        "title" varchar(200) NOT NULL,
        "data_until" date NOT NULL,
        "due_on" date NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_reporting_periods" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_reporting_periods_programme_position" UNIQUE ("programme_id", "position"),
        CONSTRAINT "CHK_reporting_periods_due_after_data" CHECK ("due_on" >= "data_until"),
        CONSTRAINT "FK_reporting_periods_programme" FOREIGN KEY ("programme_id")
          REFERENCES "programmes"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_reporting_periods_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_reporting_periods_region" ON "reporting_periods" ("region_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "progress_reports" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "programme_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "assignment_id" uuid NOT NULL,
        "period_id" uuid NOT NULL,
        "state" varchar(20) NOT NULL DEFAULT 'draft',
        "course" varchar(20) NOT NULL,
        "course_explanation" text NOT NULL DEFAULT '',
        "delivered" text NOT NULL DEFAULT '',
        "review_comment" text,
        "submitted_at" timestamptz,
        "submitted_by" varchar(320),
        "reviewed_at" timestamptz,
        "reviewed_by" varchar(320),
        "version" int NOT NULL DEFAULT 1,
        "created_by" varchar(320),
        "created_by_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_progress_reports" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_progress_reports_assignment_period" UNIQUE ("assignment_id", "period_id"),
        CONSTRAINT "CHK_progress_reports_state"
          CHECK ("state" IN ('draft', 'submitted', 'returned', 'accepted')),
        CONSTRAINT "CHK_progress_reports_course"
          CHECK ("course" IN ('op_koers', 'aandacht_nodig', 'niet_op_koers')),
        CONSTRAINT "FK_progress_reports_programme" FOREIGN KEY ("programme_id")
          REFERENCES "programmes"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_progress_reports_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_progress_reports_assignment" FOREIGN KEY ("assignment_id")
          REFERENCES "assignments"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_progress_reports_period" FOREIGN KEY ("period_id")
          REFERENCES "reporting_periods"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_progress_reports_programme_period" ON "progress_reports" ("programme_id", "period_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_progress_reports_period" ON "progress_reports" ("period_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_progress_reports_region" ON "progress_reports" ("region_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "progress_report_milestones" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "report_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "title" varchar(300) NOT NULL,
        "planned_on" date NOT NULL,
        "done_on" date,
        "position" int NOT NULL,
        CONSTRAINT "PK_progress_report_milestones" PRIMARY KEY ("id"),
        CONSTRAINT "FK_progress_report_milestones_report" FOREIGN KEY ("report_id")
          REFERENCES "progress_reports"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_progress_report_milestones_report" ON "progress_report_milestones" ("report_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "progress_report_money" (
        "report_id" uuid NOT NULL,
        "budget_line_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "committed_cents" bigint NOT NULL,
        "spent_cents" bigint NOT NULL,
        "explanation" text NOT NULL DEFAULT '',
        "position" int NOT NULL,
        CONSTRAINT "PK_progress_report_money" PRIMARY KEY ("report_id", "budget_line_id"),
        CONSTRAINT "CHK_progress_report_money_not_negative"
          CHECK ("committed_cents" >= 0 AND "spent_cents" >= 0),
        CONSTRAINT "FK_progress_report_money_report" FOREIGN KEY ("report_id")
          REFERENCES "progress_reports"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_progress_report_money_budget_line" FOREIGN KEY ("budget_line_id")
          REFERENCES "assignment_budget_lines"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_progress_report_money_budget_line" ON "progress_report_money" ("budget_line_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "progress_report_capacity" (
        "report_id" uuid NOT NULL,
        "capacity_line_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "fte" numeric(6,2),
        "hours" int,
        "position" int NOT NULL,
        CONSTRAINT "PK_progress_report_capacity" PRIMARY KEY ("report_id", "capacity_line_id"),
        CONSTRAINT "CHK_progress_report_capacity_not_negative"
          CHECK (("fte" IS NULL OR "fte" >= 0) AND ("hours" IS NULL OR "hours" >= 0)),
        CONSTRAINT "FK_progress_report_capacity_report" FOREIGN KEY ("report_id")
          REFERENCES "progress_reports"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_progress_report_capacity_line" FOREIGN KEY ("capacity_line_id")
          REFERENCES "assignment_capacity_lines"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_progress_report_capacity_line" ON "progress_report_capacity" ("capacity_line_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "progress_report_kpi_values" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "report_id" uuid NOT NULL,
        "kpi_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "value" varchar(100) NOT NULL,
        "measured_on" date NOT NULL,
        "source" varchar(300) NOT NULL,
        "position" int NOT NULL,
        CONSTRAINT "PK_progress_report_kpi_values" PRIMARY KEY ("id"),
        CONSTRAINT "FK_progress_report_kpi_values_report" FOREIGN KEY ("report_id")
          REFERENCES "progress_reports"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_progress_report_kpi_values_kpi" FOREIGN KEY ("kpi_id")
          REFERENCES "assignment_kpis"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_progress_report_kpi_values_report" ON "progress_report_kpi_values" ("report_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_progress_report_kpi_values_kpi" ON "progress_report_kpi_values" ("kpi_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "progress_report_risks" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "report_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "description" text NOT NULL,
        "likelihood" varchar(10) NOT NULL,
        "impact" varchar(10) NOT NULL,
        "measure" text NOT NULL DEFAULT '',
        "position" int NOT NULL,
        CONSTRAINT "PK_progress_report_risks" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_progress_report_risks_likelihood" CHECK ("likelihood" IN ('low', 'medium', 'high')),
        CONSTRAINT "CHK_progress_report_risks_impact" CHECK ("impact" IN ('low', 'medium', 'high')),
        CONSTRAINT "FK_progress_report_risks_report" FOREIGN KEY ("report_id")
          REFERENCES "progress_reports"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_progress_report_risks_report" ON "progress_report_risks" ("report_id")`,
    );
    // A row's region never changes (as on every regional table since RegionOfARowIsFixed).
    for (const table of REGION_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "region_id_is_fixed" BEFORE UPDATE OF "region_id" ON "${table}"
           FOR EACH ROW WHEN (NEW.region_id IS DISTINCT FROM OLD.region_id)
           EXECUTE FUNCTION koers_region_id_is_fixed()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "progress_report_risks"`);
    await queryRunner.query(`DROP TABLE "progress_report_kpi_values"`);
    await queryRunner.query(`DROP TABLE "progress_report_capacity"`);
    await queryRunner.query(`DROP TABLE "progress_report_money"`);
    await queryRunner.query(`DROP TABLE "progress_report_milestones"`);
    await queryRunner.query(`DROP TABLE "progress_reports"`);
    await queryRunner.query(`DROP TABLE "reporting_periods"`);
    await queryRunner.query(`DROP TABLE "reporting_calendars"`);
  }
}
