import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A role that a region admin offered to an account they do not manage (it has roles elsewhere,
 * or is a platform administrator). The account is not attached until its holder, signed in with
 * their own password, accepts (issue 13 item 1). Pending offers only: accepting or declining
 * deletes the row.
 */
export class RoleInvitations1764200000000 implements MigrationInterface {
  name = 'RoleInvitations1764200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "role_invitations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "role" character varying(30) NOT NULL,
        "municipality_id" uuid NULL,
        "person_id" uuid NULL,
        "invited_by" uuid NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_role_invitations" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_role_invitations_user_region_role" UNIQUE ("user_id", "region_id", "role"),
        CONSTRAINT "CHK_role_invitations_role" CHECK ("role" IN (
          'admin', 'bureau', 'board', 'portfolio_holder', 'council', 'observer')),
        CONSTRAINT "CHK_role_invitations_council_municipality" CHECK (
          ("role" = 'council') = ("municipality_id" IS NOT NULL)),
        CONSTRAINT "FK_role_invitations_user" FOREIGN KEY ("user_id")
          REFERENCES "users"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_role_invitations_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_role_invitations_municipality" FOREIGN KEY ("municipality_id")
          REFERENCES "municipalities"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_role_invitations_person" FOREIGN KEY ("person_id")
          REFERENCES "people"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_role_invitations_invited_by" FOREIGN KEY ("invited_by")
          REFERENCES "users"("id") ON DELETE SET NULL
      )`);
    for (const column of ['region_id', 'municipality_id', 'person_id', 'invited_by']) {
      await queryRunner.query(
        `CREATE INDEX "IDX_role_invitations_${column}" ON "role_invitations" ("${column}")`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "role_invitations"`);
  }
}
