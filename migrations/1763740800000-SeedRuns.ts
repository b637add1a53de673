import { MigrationInterface, QueryRunner } from 'typeorm';

/** Bookkeeping for idempotent seeding: a seed step that has run is never run again. */
export class SeedRuns1763740800000 implements MigrationInterface {
  name = 'SeedRuns1763740800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "seed_runs" (
        "name" character varying(100) NOT NULL,
        "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_seed_runs" PRIMARY KEY ("name")
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "seed_runs"`);
  }
}
