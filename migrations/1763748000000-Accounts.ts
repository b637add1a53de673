import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts: users with argon2id password hashes, their roles per region, the server-side sessions
 * (the table connect-pg-simple reads; created here, never by the library) and failed sign-ins
 * counted per minute for the rate limit shared by every replica.
 */
export class Accounts1763748000000 implements MigrationInterface {
  name = 'Accounts1763748000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" character varying(320) NOT NULL,
        "name" character varying(200) NOT NULL,
        "password_hash" text NOT NULL,
        "active" boolean NOT NULL DEFAULT true,
        "is_platform_admin" boolean NOT NULL DEFAULT false,
        "password_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_users" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_users_email" UNIQUE ("email"),
        CONSTRAINT "CHK_users_email_lower" CHECK ("email" = lower("email"))
      )`);
    await queryRunner.query(`
      CREATE TABLE "role_assignments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "role" character varying(30) NOT NULL,
        "municipality_id" uuid NULL,
        "person_id" uuid NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_role_assignments" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_role_assignments_user_region_role" UNIQUE ("user_id", "region_id", "role"),
        CONSTRAINT "CHK_role_assignments_role" CHECK ("role" IN (
          'admin', 'bureau', 'board', 'portfolio_holder', 'council', 'observer')),
        CONSTRAINT "CHK_role_assignments_council_municipality" CHECK (
          ("role" = 'council') = ("municipality_id" IS NOT NULL)),
        CONSTRAINT "FK_role_assignments_user" FOREIGN KEY ("user_id")
          REFERENCES "users"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_role_assignments_region" FOREIGN KEY ("region_id")
          REFERENCES "regions"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_role_assignments_municipality" FOREIGN KEY ("municipality_id")
          REFERENCES "municipalities"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_role_assignments_person" FOREIGN KEY ("person_id")
          REFERENCES "people"("id") ON DELETE RESTRICT
      )`);
    for (const column of ['region_id', 'municipality_id', 'person_id']) {
      await queryRunner.query(
        `CREATE INDEX "IDX_role_assignments_${column}" ON "role_assignments" ("${column}")`,
      );
    }
    await queryRunner.query(`
      CREATE TABLE "session" (
        "sid" character varying NOT NULL,
        "sess" json NOT NULL,
        "expire" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_session" PRIMARY KEY ("sid")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_session_expire" ON "session" ("expire")`);
    await queryRunner.query(`CREATE INDEX "IDX_session_user" ON "session" ((("sess"->>'userId')))`);
    await queryRunner.query(`
      CREATE TABLE "login_attempts" (
        "key" character varying(400) NOT NULL,
        "window_start" TIMESTAMP WITH TIME ZONE NOT NULL,
        "count" integer NOT NULL DEFAULT 1,
        CONSTRAINT "PK_login_attempts" PRIMARY KEY ("key", "window_start")
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_login_attempts_window_start" ON "login_attempts" ("window_start")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "login_attempts"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP TABLE "role_assignments"`);
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
