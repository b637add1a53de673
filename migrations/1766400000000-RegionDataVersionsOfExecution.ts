import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tables the programme roll-up and the portfolio holder's page read, beyond those that moved
 * the region's data version already (migration RegionDataVersions): with these, every committed
 * change to a theme, a KPI, a reporting period, a progress report and its lines, or a decision or
 * account under a mandate moves the version too, so those pages can answer from memory while it
 * stands (issue 16). The same deferred trigger as there: once per changed row, at commit.
 */
const TABLES = [
  'themes',
  'assignment_kpis',
  'reporting_periods',
  'progress_reports',
  'progress_report_money',
  'progress_report_kpi_values',
  'progress_report_milestones',
  'mandate_decisions',
  'mandate_accounts',
];

export class RegionDataVersionsOfExecution1766400000000 implements MigrationInterface {
  name = 'RegionDataVersionsOfExecution1766400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`
        CREATE CONSTRAINT TRIGGER "region_data_changed"
          AFTER INSERT OR UPDATE OR DELETE ON "${table}"
          DEFERRABLE INITIALLY DEFERRED
          FOR EACH ROW EXECUTE FUNCTION "koers_region_data_changed"()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`DROP TRIGGER "region_data_changed" ON "${table}"`);
    }
  }
}
