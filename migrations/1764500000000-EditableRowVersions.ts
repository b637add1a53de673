import { MigrationInterface, QueryRunner } from 'typeorm';

/** The editable reference rows that had no version: a PATCH now names the version it read. */
const TABLES = ['regions', 'municipalities', 'organisations', 'people', 'themes'];

/**
 * A version per row of the reference data, as assignments and programmes have, so that two edits
 * of one row cannot silently overwrite each other (issue 13 item 4): a PATCH sends the version it
 * read and gets 409 with the current one when someone else saved first.
 */
export class EditableRowVersions1764500000000 implements MigrationInterface {
  name = 'EditableRowVersions1764500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD COLUMN "version" int NOT NULL DEFAULT 1`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "version"`);
    }
  }
}
