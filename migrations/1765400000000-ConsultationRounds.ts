import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consultation rounds are kept (issue 15 item 4). A programme sent to the councils again after
 * going back to draft starts round 2, 3, …: every council decision and view point carries the
 * round it belongs to, and a new round adds rows instead of clearing the earlier ones. The
 * current round of a programme is its highest. A view point's round is its decision's (the
 * composite foreign key keeps the two equal).
 */
export class ConsultationRounds1765400000000 implements MigrationInterface {
  name = 'ConsultationRounds1765400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "council_decisions"
        ADD COLUMN "round" int NOT NULL DEFAULT 1,
        ADD CONSTRAINT "CHK_council_decisions_round" CHECK ("round" >= 1),
        DROP CONSTRAINT "UQ_council_decisions_programme_municipality",
        ADD CONSTRAINT "UQ_council_decisions_programme_round_municipality"
          UNIQUE ("programme_id", "round", "municipality_id"),
        ADD CONSTRAINT "UQ_council_decisions_id_round" UNIQUE ("id", "round")`);
    await queryRunner.query(`
      ALTER TABLE "view_points"
        ADD COLUMN "round" int NOT NULL DEFAULT 1,
        ADD CONSTRAINT "FK_view_points_decision_round" FOREIGN KEY ("council_decision_id", "round")
          REFERENCES "council_decisions"("id", "round") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(
      `CREATE INDEX "IDX_view_points_programme_round" ON "view_points" ("programme_id", "round")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_view_points_programme_round"`);
    await queryRunner.query(`
      ALTER TABLE "view_points"
        DROP CONSTRAINT "FK_view_points_decision_round",
        DROP COLUMN "round"`);
    // Only the latest round fits the old one-decision-per-council shape.
    await queryRunner.query(`
      DELETE FROM "council_decisions" d
       WHERE d."round" < (SELECT max(x."round") FROM "council_decisions" x
                           WHERE x."programme_id" = d."programme_id")`);
    await queryRunner.query(`
      ALTER TABLE "council_decisions"
        DROP CONSTRAINT "UQ_council_decisions_id_round",
        DROP CONSTRAINT "UQ_council_decisions_programme_round_municipality",
        ADD CONSTRAINT "UQ_council_decisions_programme_municipality"
          UNIQUE ("programme_id", "municipality_id"),
        DROP CONSTRAINT "CHK_council_decisions_round",
        DROP COLUMN "round"`);
  }
}
