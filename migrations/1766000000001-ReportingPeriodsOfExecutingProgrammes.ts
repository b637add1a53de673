import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Programmes already in execution (or closed) before reporting periods existed get the periods of
 * the default calendar (no region had a calendar of its own yet): the spring report on data up to
 * 30 April, due 31 May, and the autumn report up to 31 August, due 30 September. A programme
 * entering execution later gets its periods in the transaction of that transition.
 */
export class ReportingPeriodsOfExecutingProgrammes1766000000001 implements MigrationInterface {
  name = 'ReportingPeriodsOfExecutingProgrammes1766000000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO reporting_periods (programme_id, region_id, position, kind, title, data_until, due_on)
      SELECT p.id, p.region_id, c.position, c.kind, c.title || ' ' || p.year,
             make_date(p.year, c.data_month, c.data_day), make_date(p.year, c.due_month, c.due_day)
        FROM programmes p
       CROSS JOIN (VALUES (1, 'voorjaar', 'Voorjaarsrapportage', 4, 30, 5, 31),
                          (2, 'najaar', 'Najaarsrapportage', 8, 31, 9, 30))
             AS c (position, kind, title, data_month, data_day, due_month, due_day)
       WHERE p.status IN ('in_execution', 'closed')
         AND NOT EXISTS (SELECT 1 FROM reporting_periods r WHERE r.programme_id = p.id)`);
  }

  public async down(): Promise<void> {
    // The periods stay: reports may hang on them, and the table goes with the migration before.
  }
}
