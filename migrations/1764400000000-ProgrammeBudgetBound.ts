import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A programme's budget adds up to at most € 10 trillion (MAX_PROGRAMME_BUDGET_CENTS of
 * @koers/domain), and a budget line holds at most € 10 billion (MAX_AMOUNT_CENTS), so every sum
 * the pages make stays a safe integer (issue 13 item 3). The line bound is checked by the API
 * first; the programme bound only here, after each statement that writes budget lines, whoever
 * writes them (create, update, taking over last year's assignments). The error names its
 * constraint, `programme_budget_total_max`, which the problem filter answers as a 400.
 */
export class ProgrammeBudgetBound1764400000000 implements MigrationInterface {
  name = 'ProgrammeBudgetBound1764400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION "programme_budget_total_max"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE over_id uuid;
      BEGIN
        SELECT a.programme_id INTO over_id
          FROM assignments a JOIN assignment_budget_lines b ON b.assignment_id = a.id
         WHERE a.programme_id IN (SELECT a2.programme_id FROM new_lines n
                                    JOIN assignments a2 ON a2.id = n.assignment_id)
         GROUP BY a.programme_id
        HAVING sum(b.amount_cents) > 1000000000000000
         LIMIT 1;
        IF over_id IS NOT NULL THEN
          RAISE EXCEPTION 'the budget of programme % exceeds 10^15 cents', over_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'programme_budget_total_max';
        END IF;
        RETURN NULL;
      END $$`);
    for (const event of ['INSERT', 'UPDATE']) {
      await queryRunner.query(`
        CREATE TRIGGER "programme_budget_total_max_${event.toLowerCase()}"
          AFTER ${event} ON "assignment_budget_lines"
          REFERENCING NEW TABLE AS new_lines
          FOR EACH STATEMENT EXECUTE FUNCTION "programme_budget_total_max"()`);
    }
    await queryRunner.query(`
      ALTER TABLE "assignment_budget_lines"
        ADD CONSTRAINT "assignment_budget_lines_amount_max"
        CHECK ("amount_cents" <= 1000000000000) NOT VALID`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "assignment_budget_lines" DROP CONSTRAINT "assignment_budget_lines_amount_max"`,
    );
    for (const event of ['insert', 'update']) {
      await queryRunner.query(
        `DROP TRIGGER "programme_budget_total_max_${event}" ON "assignment_budget_lines"`,
      );
    }
    await queryRunner.query(`DROP FUNCTION "programme_budget_total_max"()`);
  }
}
