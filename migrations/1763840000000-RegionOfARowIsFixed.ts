import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows belong to one region through their region_id column. */
const TABLES = [
  'programmes',
  'assignments',
  'municipalities',
  'people',
  'organisations',
  'themes',
  'council_decisions',
  'view_points',
  'programme_versions',
];

/**
 * A row never moves to another region. No endpoint does it, and the access guard relies on it:
 * it remembers the region of a row it has resolved once (issue 7). An UPDATE that changes
 * region_id is refused with SQLSTATE 23514 (check_violation).
 */
export class RegionOfARowIsFixed1763840000000 implements MigrationInterface {
  name = 'RegionOfARowIsFixed1763840000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION koers_region_id_is_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the region of a row in % cannot change', TG_TABLE_NAME
          USING ERRCODE = 'check_violation';
      END $$`);
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "region_id_is_fixed" BEFORE UPDATE OF "region_id" ON "${table}"
           FOR EACH ROW WHEN (NEW.region_id IS DISTINCT FROM OLD.region_id)
           EXECUTE FUNCTION koers_region_id_is_fixed()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`DROP TRIGGER "region_id_is_fixed" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION koers_region_id_is_fixed()`);
  }
}
