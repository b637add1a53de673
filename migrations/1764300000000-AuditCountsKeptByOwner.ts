import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The app's role may read the audit counts but not write them (issue 12 item 10): the trigger
 * that keeps them after an insert into audit_records runs as the owner of the schema
 * (SECURITY DEFINER), with a search path of the schema and pg_temp last, so that no object of
 * another schema can stand in for the tables it writes.
 */
export class AuditCountsKeptByOwner1764300000000 implements MigrationInterface {
  name = 'AuditCountsKeptByOwner1764300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const [{ schema }] = (await queryRunner.query(
      `SELECT quote_ident(current_schema()) AS schema`,
    )) as { schema: string }[];
    await queryRunner.query(
      `ALTER FUNCTION "koers_count_audit_records"() SECURITY DEFINER SET search_path = ${schema}, pg_temp`,
    );
    await queryRunner.query(`REVOKE ALL ON FUNCTION "koers_count_audit_records"() FROM PUBLIC`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION "koers_count_audit_records"() TO PUBLIC`);
    await queryRunner.query(
      `ALTER FUNCTION "koers_count_audit_records"() SECURITY INVOKER RESET search_path`,
    );
  }
}
