import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each database session adds to the row of its own shard: 16 rows per count at most. */
const SHARDS = 16;

/**
 * The trigger that counts a programme's audit records, adding to the row `conflict` names. With
 * `shard`, each database session adds to its own row (its backend pid modulo 16).
 */
function countingFunction(schema: string, sharded: boolean): string {
  const key = ['"programme_id"', '"entity"', '"action"', '"actor_key"'];
  const columns = sharded ? [...key, '"shard"'] : key;
  return `
    CREATE OR REPLACE FUNCTION "koers_count_programme_audit_records"() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${schema}, pg_temp AS $$
    BEGIN
      INSERT INTO "audit_programme_counts" AS c (${columns.join(', ')}, "records", "last_id")
      SELECT "programme_id", "entity", "action", coalesce("actor_id"::text, "actor_name", ''),
             ${sharded ? `pg_backend_pid() % ${SHARDS},` : ''} count(*), max("id")
        FROM "new_records" WHERE "programme_id" IS NOT NULL GROUP BY 1, 2, 3, 4
      ON CONFLICT (${columns.join(', ')}) DO UPDATE
        SET "records" = c."records" + EXCLUDED."records",
            "last_id" = greatest(c."last_id", EXCLUDED."last_id");
      RETURN NULL;
    END $$`;
}

/**
 * A programme's audit counts per entity, action and actor become the sum of a few rows instead
 * of one row (issue 14 §4), as RegionDataVersionShards did for the region's data version.
 *
 * The statement trigger of ProgrammeHistoryCounts adds every audit record to the row of its
 * programme, entity, action and actor, and that row stays locked until the commit has reached the
 * disk. So one person's changes to the assignments of one programme were committed one at a time:
 * in the bench's assignment PATCH (one bureau account, 32 connections, each its own assignment)
 * most of PostgreSQL's sessions were seen waiting on that lock (170 of 270 samples of
 * pg_stat_activity: Lock/transactionid on the audit INSERT). Now each database session adds to its
 * own shard's row; the readers (the programme history's totals and people) already sum the rows
 * and take the greatest `last_id`, so they read the same figures.
 */
export class AuditProgrammeCountShards1766600000000 implements MigrationInterface {
  name = 'AuditProgrammeCountShards1766600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const schema = await currentSchema(queryRunner);
    await queryRunner.query(
      `ALTER TABLE "audit_programme_counts" ADD COLUMN "shard" smallint NOT NULL DEFAULT 0`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_programme_counts" DROP CONSTRAINT "PK_audit_programme_counts"`,
    );
    await queryRunner.query(`
      ALTER TABLE "audit_programme_counts" ADD CONSTRAINT "PK_audit_programme_counts"
        PRIMARY KEY ("programme_id", "entity", "action", "actor_key", "shard")`);
    await queryRunner.query(countingFunction(schema, true));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const schema = await currentSchema(queryRunner);
    await queryRunner.query(countingFunction(schema, false));
    // One row per count again, holding the sum of its shards and their latest record.
    await queryRunner.query(`
      UPDATE "audit_programme_counts" c SET "records" = s.records, "last_id" = s.last_id
        FROM (SELECT "programme_id", "entity", "action", "actor_key", sum("records") AS records,
                     max("last_id") AS last_id, min("shard") AS first
                FROM "audit_programme_counts" GROUP BY 1, 2, 3, 4) s
       WHERE (c."programme_id", c."entity", c."action", c."actor_key", c."shard")
           = (s."programme_id", s."entity", s."action", s."actor_key", s.first)`);
    await queryRunner.query(`
      DELETE FROM "audit_programme_counts" c
       WHERE c."shard" <> (SELECT min(d."shard") FROM "audit_programme_counts" d
                            WHERE (d."programme_id", d."entity", d."action", d."actor_key")
                                = (c."programme_id", c."entity", c."action", c."actor_key"))`);
    await queryRunner.query(
      `ALTER TABLE "audit_programme_counts" DROP CONSTRAINT "PK_audit_programme_counts"`,
    );
    await queryRunner.query(`ALTER TABLE "audit_programme_counts" DROP COLUMN "shard"`);
    await queryRunner.query(`
      ALTER TABLE "audit_programme_counts" ADD CONSTRAINT "PK_audit_programme_counts"
        PRIMARY KEY ("programme_id", "entity", "action", "actor_key")`);
  }
}

async function currentSchema(queryRunner: QueryRunner): Promise<string> {
  const [{ schema }] = (await queryRunner.query(
    `SELECT quote_ident(current_schema()) AS schema`,
  )) as { schema: string }[];
  return schema;
}
