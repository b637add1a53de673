import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each database session moves the row of its own shard: 16 rows per region at most. */
const SHARDS = 16;

/**
 * A region's data version becomes the sum of a few rows instead of one row (issue 14 §4, 16).
 *
 * The deferred trigger of RegionDataVersions moves the version at commit, and the row it updates
 * stays locked until the commit has been flushed to disk. With one row per region, every write in
 * a region waited for the one before it to reach the disk: writes were served one at a time
 * (the bench's assignment PATCH: 354 req/s with a p99 of 153 ms at 32 connections). Now each
 * database session updates the row of its own shard (its backend pid modulo 16), so writes from
 * different connections commit side by side. The version a reader sees is the sum of the shards in
 * its own snapshot: like the single row, it grows by one with every committed change and is seen
 * together with that change, so a page kept under a version is still that data.
 * `koers_region_data_version(region)` is the one place that sum is written.
 */
export class RegionDataVersionShards1766500000000 implements MigrationInterface {
  name = 'RegionDataVersionShards1766500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "region_data_versions" ADD COLUMN "shard" smallint NOT NULL DEFAULT 0`,
    );
    await queryRunner.query(
      `ALTER TABLE "region_data_versions" DROP CONSTRAINT "PK_region_data_versions"`,
    );
    await queryRunner.query(`
      ALTER TABLE "region_data_versions"
        ADD CONSTRAINT "PK_region_data_versions" PRIMARY KEY ("region_id", "shard")`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION "koers_region_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed record;
        region uuid;
      BEGIN
        IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
        IF TG_TABLE_NAME = 'regions' THEN region := changed.id;
        ELSE region := changed.region_id;
        END IF;
        INSERT INTO "region_data_versions" AS v ("region_id", "shard", "version")
          VALUES (region, pg_backend_pid() % ${SHARDS}, 1)
          ON CONFLICT ("region_id", "shard") DO UPDATE SET "version" = v."version" + 1;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION "koers_region_data_version"(region uuid) RETURNS bigint
        LANGUAGE sql STABLE PARALLEL SAFE AS $$
          SELECT coalesce(sum("version"), 0)::bigint FROM "region_data_versions"
           WHERE "region_id" = region
        $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION "koers_region_data_version"(uuid)`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION "koers_region_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed record;
        region uuid;
      BEGIN
        IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
        IF TG_TABLE_NAME = 'regions' THEN region := changed.id;
        ELSE region := changed.region_id;
        END IF;
        INSERT INTO "region_data_versions" AS v ("region_id", "version") VALUES (region, 1)
          ON CONFLICT ("region_id") DO UPDATE SET "version" = v."version" + 1;
        RETURN NULL;
      END $$`);
    // One row per region again, holding the sum of its shards.
    await queryRunner.query(`
      UPDATE "region_data_versions" v SET "version" = s.total
        FROM (SELECT "region_id", sum("version") AS total, min("shard") AS first
                FROM "region_data_versions" GROUP BY "region_id") s
       WHERE v."region_id" = s."region_id" AND v."shard" = s.first`);
    await queryRunner.query(`
      DELETE FROM "region_data_versions" v
       WHERE v."shard" <> (SELECT min(w."shard") FROM "region_data_versions" w
                            WHERE w."region_id" = v."region_id")`);
    await queryRunner.query(
      `ALTER TABLE "region_data_versions" DROP CONSTRAINT "PK_region_data_versions"`,
    );
    await queryRunner.query(`ALTER TABLE "region_data_versions" DROP COLUMN "shard"`);
    await queryRunner.query(`
      ALTER TABLE "region_data_versions"
        ADD CONSTRAINT "PK_region_data_versions" PRIMARY KEY ("region_id")`);
  }
}
