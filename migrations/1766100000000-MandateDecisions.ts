import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mandates that are tracked (issue 16 item 5): the decisions taken under an assignment's mandate,
 * the portfolio holder's accounts for its report-back dates, and per region what happens to a
 * decision that would pass the ceiling (refused with the agreement's sentence, or escalated).
 */
export class MandateDecisions1766100000000 implements MigrationInterface {
  name = 'MandateDecisions1766100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "regions"
        ADD COLUMN "mandate_overrun" varchar(20) NOT NULL DEFAULT 'refuse',
        ADD COLUMN "mandate_overrun_sentence" text NOT NULL
          DEFAULT 'Dit besluit overschrijdt het mandaat; het is voorbehouden aan het algemeen bestuur.',
        ADD CONSTRAINT "CHK_regions_mandate_overrun" CHECK ("mandate_overrun" IN ('refuse', 'escalate'))`);
    await queryRunner.query(`
      CREATE TABLE "mandate_decisions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "region_id" uuid NOT NULL,
        "programme_id" uuid NOT NULL,
        "assignment_id" uuid NOT NULL,
        "decided_on" date NOT NULL,
        "description" text NOT NULL,
        "amount_cents" bigint NOT NULL,
        "decided_by" varchar(20) NOT NULL,
        "minutes_url" varchar(2000),
        "escalated" boolean NOT NULL DEFAULT false,
        "recorded_by" varchar(320),
        "recorded_by_id" uuid,
        "version" int NOT NULL DEFAULT 1,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_mandate_decisions" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_mandate_decisions_amount" CHECK ("amount_cents" >= 0),
        CONSTRAINT "CHK_mandate_decisions_decided_by"
          CHECK ("decided_by" IN ('portfolio_holder', 'steering_group')),
        CONSTRAINT "FK_mandate_decisions_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_mandate_decisions_programme" FOREIGN KEY ("programme_id")
          REFERENCES "programmes"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_mandate_decisions_assignment" FOREIGN KEY ("assignment_id")
          REFERENCES "assignments"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_mandate_decisions_assignment" ON "mandate_decisions" ("assignment_id", "decided_on")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_mandate_decisions_region" ON "mandate_decisions" ("region_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_mandate_decisions_programme" ON "mandate_decisions" ("programme_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "mandate_accounts" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "region_id" uuid NOT NULL,
        "assignment_id" uuid NOT NULL,
        "report_back_date" date NOT NULL,
        "reported_on" date NOT NULL,
        "summary" text NOT NULL,
        "minutes_url" varchar(2000),
        "recorded_by" varchar(320),
        "recorded_by_id" uuid,
        "version" int NOT NULL DEFAULT 1,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_mandate_accounts" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_mandate_accounts_date" UNIQUE ("assignment_id", "report_back_date"),
        CONSTRAINT "FK_mandate_accounts_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_mandate_accounts_assignment" FOREIGN KEY ("assignment_id")
          REFERENCES "assignments"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_mandate_accounts_region" ON "mandate_accounts" ("region_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mandate_accounts"`);
    await queryRunner.query(`DROP TABLE "mandate_decisions"`);
    await queryRunner.query(`
      ALTER TABLE "regions" DROP CONSTRAINT "CHK_regions_mandate_overrun",
        DROP COLUMN "mandate_overrun_sentence", DROP COLUMN "mandate_overrun"`);
  }
}
