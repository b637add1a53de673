import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The one table the programme overview reads that did not move the region's data version yet
 * (migrations RegionDataVersions and RegionDataVersionsOfExecution): with it, every committed
 * change to the data of the overview moves the version, so the overview can answer from memory
 * while it stands (issue 16). The same deferred trigger as there: once per changed row, at commit.
 */
export class RegionDataVersionsOfCapacity1766450000000 implements MigrationInterface {
  name = 'RegionDataVersionsOfCapacity1766450000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER "region_data_changed"
        AFTER INSERT OR UPDATE OR DELETE ON "assignment_capacity_lines"
        DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION "koers_region_data_changed"()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "region_data_changed" ON "assignment_capacity_lines"`);
  }
}
