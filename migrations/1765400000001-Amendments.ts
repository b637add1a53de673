import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Amendments that follow from the views (issue 15 item 5): a change to an assignment made
 * during the consultation, with the fields it touched and the view points of its round it
 * answers; and, on the version frozen at adoption, the round's register as it then stood.
 */
export class Amendments1765400000001 implements MigrationInterface {
  name = 'Amendments1765400000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "assignment_amendments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "programme_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "assignment_id" uuid NOT NULL,
        "round" int NOT NULL,
        "fields" text[] NOT NULL,
        "view_point_ids" uuid[] NOT NULL,
        "created_by" varchar(320),
        "created_by_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_assignment_amendments" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_assignment_amendments_view_points" CHECK (cardinality("view_point_ids") >= 1),
        CONSTRAINT "FK_assignment_amendments_programme" FOREIGN KEY ("programme_id")
          REFERENCES "programmes"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_assignment_amendments_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_assignment_amendments_assignment" FOREIGN KEY ("assignment_id")
          REFERENCES "assignments"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_assignment_amendments_programme_round" ON "assignment_amendments" ("programme_id", "round")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_assignment_amendments_assignment" ON "assignment_amendments" ("assignment_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_assignment_amendments_region" ON "assignment_amendments" ("region_id")`,
    );
    await queryRunner.query(`ALTER TABLE "programme_versions" ADD COLUMN "consultation" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programme_versions" DROP COLUMN "consultation"`);
    await queryRunner.query(`DROP TABLE "assignment_amendments"`);
  }
}
