import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12, money:
 * - an extra contribution (`extra_member_contribution` line) names who pays it and how it is
 *   split (`payer_split` and its rows in `assignment_budget_line_payers`). Lines stored before
 *   keep no payers (payer_split NULL): they are split by the assignment's key as before, flagged
 *   `needsPayers`, until the bureau edits them (an edit must name payers);
 * - a council decision keeps the contribution its municipality was to pay when it was recorded
 *   (`shown_*`), so a later change is shown, never recalculated silently. Decisions recorded
 *   before have none (NULL): nothing is flagged for them.
 */
export class ContributionPayersAndShownAmounts1764000000000 implements MigrationInterface {
  name = 'ContributionPayersAndShownAmounts1764000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "assignment_budget_lines"
        ADD COLUMN "payer_split" character varying(20) NULL,
        ADD CONSTRAINT "CHK_assignment_budget_lines_payer_split" CHECK (
          "payer_split" IS NULL OR ("funding_source" = 'extra_member_contribution'
            AND "payer_split" IN ('equal', 'per_inhabitant', 'fixed_amounts')))`);
    await queryRunner.query(`
      CREATE TABLE "assignment_budget_line_payers" (
        "budget_line_id" uuid NOT NULL,
        "municipality_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "amount_cents" bigint NULL,
        "position" integer NOT NULL,
        CONSTRAINT "PK_assignment_budget_line_payers" PRIMARY KEY ("budget_line_id", "municipality_id"),
        CONSTRAINT "CHK_assignment_budget_line_payers_amount" CHECK ("amount_cents" >= 0),
        CONSTRAINT "FK_assignment_budget_line_payers_line" FOREIGN KEY ("budget_line_id")
          REFERENCES "assignment_budget_lines"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_assignment_budget_line_payers_municipality" FOREIGN KEY ("municipality_id")
          REFERENCES "municipalities"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_assignment_budget_line_payers_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_assignment_budget_line_payers_municipality_id"
         ON "assignment_budget_line_payers" ("municipality_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_assignment_budget_line_payers_region_id"
         ON "assignment_budget_line_payers" ("region_id")`,
    );
    // The money pages answer from memory per region data version (RegionDataVersions).
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER "region_data_changed"
        AFTER INSERT OR UPDATE OR DELETE ON "assignment_budget_line_payers"
        DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION "koers_region_data_changed"()`);
    await queryRunner.query(`
      ALTER TABLE "council_decisions"
        ADD COLUMN "shown_total_cents" bigint NULL,
        ADD COLUMN "shown_by_assignment" jsonb NULL,
        ADD COLUMN "shown_at" TIMESTAMP WITH TIME ZONE NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "council_decisions"
        DROP COLUMN "shown_at",
        DROP COLUMN "shown_by_assignment",
        DROP COLUMN "shown_total_cents"`);
    await queryRunner.query(`DROP TABLE "assignment_budget_line_payers"`);
    await queryRunner.query(`
      ALTER TABLE "assignment_budget_lines"
        DROP CONSTRAINT "CHK_assignment_budget_lines_payer_split",
        DROP COLUMN "payer_split"`);
  }
}
