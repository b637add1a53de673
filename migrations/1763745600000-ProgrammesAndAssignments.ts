import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The annual programme: programmes of a region and year, their assignments with budget,
 * capacity, KPIs, mandate, participants, links and steering group. Every row carries region_id.
 * Check constraints on statuses are named so a later migration can drop and widen them.
 */
export class ProgrammesAndAssignments1763745600000 implements MigrationInterface {
  name = 'ProgrammesAndAssignments1763745600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "programmes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "region_id" uuid NOT NULL,
        "year" integer NOT NULL,
        "title" character varying(200) NOT NULL,
        "introduction" text NOT NULL DEFAULT '',
        "status" character varying(30) NOT NULL DEFAULT 'draft',
        "version" integer NOT NULL DEFAULT 1,
        "population_reference_date" date NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_programmes" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_programmes_region_year" UNIQUE ("region_id", "year"),
        CONSTRAINT "CHK_programmes_year" CHECK ("year" BETWEEN 2000 AND 2100),
        CONSTRAINT "CHK_programmes_status" CHECK ("status" IN ('draft')),
        CONSTRAINT "FK_programmes_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE RESTRICT
      )`);

    await queryRunner.query(`
      CREATE TABLE "assignments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "programme_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "theme_id" uuid NOT NULL,
        "code" character varying(20) NOT NULL,
        "title" character varying(300) NOT NULL,
        "goal" text NOT NULL DEFAULT '',
        "results" jsonb NOT NULL DEFAULT '[]',
        "risks" jsonb NOT NULL DEFAULT '[]',
        "portfolio_holder_id" uuid NULL,
        "lead_id" uuid NULL,
        "participation" character varying(10) NOT NULL DEFAULT 'all',
        "mandate_scope" text NOT NULL DEFAULT '',
        "mandate_budget_ceiling_cents" bigint NULL,
        "mandate_valid_from" date NULL,
        "mandate_valid_until" date NULL,
        "mandate_report_back_dates" date[] NOT NULL DEFAULT '{}',
        "mandate_escalation" text NOT NULL DEFAULT '',
        "status" character varying(20) NOT NULL DEFAULT 'concept',
        "priority" integer NOT NULL DEFAULT 3,
        "version" integer NOT NULL DEFAULT 1,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_assignments" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_assignments_programme_code" UNIQUE ("programme_id", "code"),
        CONSTRAINT "CHK_assignments_results" CHECK (jsonb_typeof("results") = 'array'),
        CONSTRAINT "CHK_assignments_risks" CHECK (jsonb_typeof("risks") = 'array'),
        CONSTRAINT "CHK_assignments_participation" CHECK ("participation" IN ('all', 'opt_in')),
        CONSTRAINT "CHK_assignments_ceiling" CHECK ("mandate_budget_ceiling_cents" >= 0),
        CONSTRAINT "CHK_assignments_mandate_term" CHECK (
          "mandate_valid_until" IS NULL OR "mandate_valid_from" IS NULL
          OR "mandate_valid_until" >= "mandate_valid_from"),
        CONSTRAINT "CHK_assignments_status" CHECK (
          "status" IN ('concept', 'active', 'paused', 'done', 'dropped')),
        CONSTRAINT "CHK_assignments_priority" CHECK ("priority" BETWEEN 1 AND 5),
        CONSTRAINT "FK_assignments_programme" FOREIGN KEY ("programme_id")
          REFERENCES "programmes"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_assignments_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_assignments_theme" FOREIGN KEY ("theme_id")
          REFERENCES "themes"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_assignments_portfolio_holder" FOREIGN KEY ("portfolio_holder_id")
          REFERENCES "people"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_assignments_lead" FOREIGN KEY ("lead_id")
          REFERENCES "people"("id") ON DELETE RESTRICT
      )`);

    await queryRunner.query(`
      CREATE TABLE "assignment_budget_lines" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "assignment_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "funding_source" character varying(40) NOT NULL,
        "source_name" character varying(200) NOT NULL DEFAULT '',
        "year" integer NOT NULL,
        "amount_cents" bigint NOT NULL,
        "position" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_assignment_budget_lines" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_assignment_budget_lines_source" CHECK ("funding_source" IN (
          'member_contribution', 'extra_member_contribution', 'province', 'national', 'eu',
          'private', 'other')),
        CONSTRAINT "CHK_assignment_budget_lines_year" CHECK ("year" BETWEEN 2000 AND 2100),
        CONSTRAINT "CHK_assignment_budget_lines_amount" CHECK ("amount_cents" >= 0),
        CONSTRAINT "FK_assignment_budget_lines_assignment" FOREIGN KEY ("assignment_id")
          REFERENCES "assignments"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_assignment_budget_lines_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE RESTRICT
      )`);

    await queryRunner.query(`
      CREATE TABLE "assignment_capacity_lines" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "assignment_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "supplier_organisation_id" uuid NULL,
        "supplier_name" character varying(200) NOT NULL,
        "year" integer NOT NULL,
        "fte" numeric(6,2) NULL,
        "hours" integer NULL,
        "position" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_assignment_capacity_lines" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_assignment_capacity_lines_one_measure" CHECK (
          ("fte" IS NULL) <> ("hours" IS NULL)),
        CONSTRAINT "CHK_assignment_capacity_lines_fte" CHECK ("fte" >= 0),
        CONSTRAINT "CHK_assignment_capacity_lines_hours" CHECK ("hours" >= 0),
        CONSTRAINT "CHK_assignment_capacity_lines_year" CHECK ("year" BETWEEN 2000 AND 2100),
        CONSTRAINT "FK_assignment_capacity_lines_assignment" FOREIGN KEY ("assignment_id")
          REFERENCES "assignments"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_assignment_capacity_lines_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_assignment_capacity_lines_supplier" FOREIGN KEY ("supplier_organisation_id")
          REFERENCES "organisations"("id") ON DELETE RESTRICT
      )`);

    await queryRunner.query(`
      CREATE TABLE "assignment_kpis" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "assignment_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "name" character varying(300) NOT NULL,
        "unit" character varying(50) NOT NULL DEFAULT '',
        "baseline" character varying(100) NOT NULL DEFAULT '',
        "target" character varying(100) NOT NULL DEFAULT '',
        "target_date" date NULL,
        "broad_prosperity_theme" character varying(30) NULL,
        "position" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_assignment_kpis" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_assignment_kpis_broad_prosperity" CHECK ("broad_prosperity_theme" IN (
          'subjective_wellbeing', 'material_welfare', 'health', 'work_and_leisure', 'housing',
          'society', 'safety', 'environment')),
        CONSTRAINT "FK_assignment_kpis_assignment" FOREIGN KEY ("assignment_id")
          REFERENCES "assignments"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_assignment_kpis_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE RESTRICT
      )`);

    await queryRunner.query(`
      CREATE TABLE "assignment_participants" (
        "assignment_id" uuid NOT NULL,
        "municipality_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_assignment_participants" PRIMARY KEY ("assignment_id", "municipality_id"),
        CONSTRAINT "FK_assignment_participants_assignment" FOREIGN KEY ("assignment_id")
          REFERENCES "assignments"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_assignment_participants_municipality" FOREIGN KEY ("municipality_id")
          REFERENCES "municipalities"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_assignment_participants_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE RESTRICT
      )`);

    await queryRunner.query(`
      CREATE TABLE "assignment_links" (
        "assignment_id" uuid NOT NULL,
        "linked_assignment_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_assignment_links" PRIMARY KEY ("assignment_id", "linked_assignment_id"),
        CONSTRAINT "CHK_assignment_links_not_self" CHECK ("assignment_id" <> "linked_assignment_id"),
        CONSTRAINT "FK_assignment_links_assignment" FOREIGN KEY ("assignment_id")
          REFERENCES "assignments"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_assignment_links_linked" FOREIGN KEY ("linked_assignment_id")
          REFERENCES "assignments"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_assignment_links_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE RESTRICT
      )`);

    await queryRunner.query(`
      CREATE TABLE "assignment_external_programmes" (
        "assignment_id" uuid NOT NULL,
        "external_programme_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_assignment_external_programmes"
          PRIMARY KEY ("assignment_id", "external_programme_id"),
        CONSTRAINT "FK_assignment_external_programmes_assignment" FOREIGN KEY ("assignment_id")
          REFERENCES "assignments"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_assignment_external_programmes_programme"
          FOREIGN KEY ("external_programme_id")
          REFERENCES "external_programmes"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_assignment_external_programmes_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE RESTRICT
      )`);

    await queryRunner.query(`
      CREATE TABLE "steering_group_members" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "assignment_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        "organisation_id" uuid NULL,
        "role" character varying(20) NOT NULL,
        "position" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_steering_group_members" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_steering_group_members_person" UNIQUE ("assignment_id", "person_id"),
        CONSTRAINT "CHK_steering_group_members_role" CHECK (
          "role" IN ('chair', 'member', 'advisor', 'secretary')),
        CONSTRAINT "FK_steering_group_members_assignment" FOREIGN KEY ("assignment_id")
          REFERENCES "assignments"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_steering_group_members_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_steering_group_members_person" FOREIGN KEY ("person_id")
          REFERENCES "people"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_steering_group_members_organisation" FOREIGN KEY ("organisation_id")
          REFERENCES "organisations"("id") ON DELETE RESTRICT
      )`);

    await queryRunner.query(`
      CREATE TABLE "steering_group_commitments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "assignment_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "organisation_id" uuid NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "amount_cents" bigint NULL,
        "fte" numeric(6,2) NULL,
        "position" integer NOT NULL DEFAULT 0,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_steering_group_commitments" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_steering_group_commitments_amount" CHECK ("amount_cents" >= 0),
        CONSTRAINT "CHK_steering_group_commitments_fte" CHECK ("fte" >= 0),
        CONSTRAINT "FK_steering_group_commitments_assignment" FOREIGN KEY ("assignment_id")
          REFERENCES "assignments"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_steering_group_commitments_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_steering_group_commitments_organisation" FOREIGN KEY ("organisation_id")
          REFERENCES "organisations"("id") ON DELETE RESTRICT
      )`);

    for (const [table, columns] of INDEXES) {
      await queryRunner.query(
        `CREATE INDEX "${indexName(table, columns)}" ON "${table}" (${columns
          .map((c) => `"${c}"`)
          .join(', ')})`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'steering_group_commitments',
      'steering_group_members',
      'assignment_external_programmes',
      'assignment_links',
      'assignment_participants',
      'assignment_kpis',
      'assignment_capacity_lines',
      'assignment_budget_lines',
      'assignments',
      'programmes',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}

/** An index behind every region_id, foreign key and filter column (unique keys have their own). */
const INDEXES: [string, string[]][] = [
  ['programmes', ['region_id']],
  ['assignments', ['region_id']],
  ['assignments', ['programme_id', 'theme_id']],
  ['assignments', ['theme_id']],
  ['assignments', ['programme_id', 'status']],
  ['assignments', ['portfolio_holder_id']],
  ['assignments', ['lead_id']],
  ['assignment_budget_lines', ['assignment_id']],
  ['assignment_budget_lines', ['region_id']],
  ['assignment_capacity_lines', ['assignment_id']],
  ['assignment_capacity_lines', ['region_id']],
  ['assignment_capacity_lines', ['supplier_organisation_id']],
  ['assignment_kpis', ['assignment_id']],
  ['assignment_kpis', ['region_id']],
  ['assignment_participants', ['municipality_id']],
  ['assignment_participants', ['region_id']],
  ['assignment_links', ['linked_assignment_id']],
  ['assignment_links', ['region_id']],
  ['assignment_external_programmes', ['external_programme_id']],
  ['assignment_external_programmes', ['region_id']],
  ['steering_group_members', ['assignment_id']],
  ['steering_group_members', ['region_id']],
  ['steering_group_members', ['person_id']],
  ['steering_group_members', ['organisation_id']],
  ['steering_group_commitments', ['assignment_id']],
  ['steering_group_commitments', ['region_id']],
  ['steering_group_commitments', ['organisation_id']],
];

function indexName(table: string, columns: string[]): string {
  return `IDX_${table}_${columns.join('_')}`;
}
