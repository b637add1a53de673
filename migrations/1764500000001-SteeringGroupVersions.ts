import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The version of an assignment's steering group (members and commitments, replaced as a whole by
 * one PUT), kept beside the assignment's own version so that saving one never conflicts with
 * the other. Two people replacing the same steering group no longer overwrite each other
 * silently (issue 13 item 4): the PUT names the version it read, or gets 409.
 */
export class SteeringGroupVersions1764500000001 implements MigrationInterface {
  name = 'SteeringGroupVersions1764500000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "assignments" ADD COLUMN "steering_group_version" int NOT NULL DEFAULT 1`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assignments" DROP COLUMN "steering_group_version"`);
  }
}
