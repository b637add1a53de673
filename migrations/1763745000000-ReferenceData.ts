import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reference data every programme builds on: regions, their member municipalities, partner
 * organisations, people and themes, and the external programmes assignments can link to.
 */
export class ReferenceData1763745000000 implements MigrationInterface {
  name = 'ReferenceData1763745000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "regions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" character varying(200) NOT NULL,
        "short_name" character varying(30) NOT NULL,
        "governance_mode" character varying(30) NOT NULL,
        "provinces" text[] NOT NULL DEFAULT '{}',
        "view_window_weeks" integer NOT NULL DEFAULT 12,
        "default_contribution_key" character varying(40) NOT NULL DEFAULT 'per_inhabitant',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_regions" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_regions_short_name" UNIQUE ("short_name"),
        CONSTRAINT "CHK_regions_governance_mode"
          CHECK ("governance_mode" IN ('wgr_public_body', 'network')),
        CONSTRAINT "CHK_regions_view_window_weeks" CHECK ("view_window_weeks" BETWEEN 1 AND 52),
        CONSTRAINT "CHK_regions_default_contribution_key" CHECK (
          "default_contribution_key" IN
            ('per_inhabitant', 'fixed_plus_per_inhabitant', 'custom_percentages'))
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_regions_name" ON "regions" ("name")`);

    await queryRunner.query(`
      CREATE TABLE "municipalities" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "region_id" uuid NOT NULL,
        "name" character varying(200) NOT NULL,
        "cbs_code" character varying(6) NOT NULL,
        "province" character varying(100) NOT NULL,
        "population" integer,
        "population_reference_date" date,
        "population_source" text,
        "member_from" date,
        "member_until" date,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_municipalities" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_municipalities_region_cbs_code" UNIQUE ("region_id", "cbs_code"),
        CONSTRAINT "CHK_municipalities_cbs_code" CHECK ("cbs_code" ~ '^GM[0-9]{4}$'),
        CONSTRAINT "CHK_municipalities_population" CHECK ("population" >= 0),
        CONSTRAINT "FK_municipalities_region" FOREIGN KEY ("region_id")
          REFERENCES "regions" ("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_municipalities_region_name" ON "municipalities" ("region_id", "name")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_municipalities_region_population" ON "municipalities" ("region_id", "population")`,
    );

    await queryRunner.query(`
      CREATE TABLE "organisations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "region_id" uuid NOT NULL,
        "name" character varying(200) NOT NULL,
        "kind" character varying(40) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_organisations" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_organisations_kind" CHECK ("kind" IN ('municipality', 'province',
          'national_government', 'water_board', 'business', 'knowledge_institution',
          'societal_organisation', 'other')),
        CONSTRAINT "FK_organisations_region" FOREIGN KEY ("region_id")
          REFERENCES "regions" ("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_organisations_region_name" ON "organisations" ("region_id", "name")`,
    );

    await queryRunner.query(`
      CREATE TABLE "people" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "region_id" uuid NOT NULL,
        "name" character varying(200) NOT NULL,
        "email" character varying(320),
        "function" character varying(200),
        "organisation_id" uuid,
        "municipality_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_people" PRIMARY KEY ("id"),
        CONSTRAINT "FK_people_region" FOREIGN KEY ("region_id")
          REFERENCES "regions" ("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_people_organisation" FOREIGN KEY ("organisation_id")
          REFERENCES "organisations" ("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_people_municipality" FOREIGN KEY ("municipality_id")
          REFERENCES "municipalities" ("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_people_region_name" ON "people" ("region_id", "name")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_people_organisation" ON "people" ("organisation_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_people_municipality" ON "people" ("municipality_id")`,
    );

    await queryRunner.query(`
      CREATE TABLE "themes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "region_id" uuid NOT NULL,
        "title" character varying(200) NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "period_start_year" integer NOT NULL,
        "period_end_year" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_themes" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_themes_period" CHECK ("period_end_year" >= "period_start_year"),
        CONSTRAINT "FK_themes_region" FOREIGN KEY ("region_id")
          REFERENCES "regions" ("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_themes_region_title" ON "themes" ("region_id", "title")`,
    );

    await queryRunner.query(`
      CREATE TABLE "external_programmes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" character varying(200) NOT NULL,
        "level" character varying(20) NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_external_programmes" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_external_programmes_name" UNIQUE ("name"),
        CONSTRAINT "CHK_external_programmes_level" CHECK ("level" IN ('provincial', 'national', 'eu'))
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_external_programmes_level" ON "external_programmes" ("level")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "external_programmes"`);
    await queryRunner.query(`DROP TABLE "themes"`);
    await queryRunner.query(`DROP TABLE "people"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
    await queryRunner.query(`DROP TABLE "municipalities"`);
    await queryRunner.query(`DROP TABLE "regions"`);
  }
}
