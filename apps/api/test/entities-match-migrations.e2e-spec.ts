import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { createTestDatabase, TestDatabase } from './support/test-server';

/**
 * What the migrations give the database that the entities do not declare. The entities map the
 * columns TypeORM reads and writes; the rules (checks, unique keys, foreign keys) and the indexes
 * live in the migrations only, named by convention: a generated migration would drop them all.
 */
const DECLARED_IN_MIGRATIONS_ONLY = [
  /^ALTER TABLE "\w+" DROP CONSTRAINT "(FK|CHK|UQ)_\w+"$/,
  /^DROP INDEX "public"\."IDX_\w+"$/,
];

/**
 * The schema is written twice: as migrations (what the database is) and as entities (what TypeORM
 * reads and writes). `npm run db:migration:generate` compares the two; the same comparison runs
 * here on the migrated test database (TypeORM's schema builder, logging instead of executing).
 */
describe('entities and migrations', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let pending: string[];
  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource(dataSourceOptions(db.ownerUrl)).initialize();
    pending = (await ds.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('describe the same tables, columns, types and nullability: generating from the entities adds or changes nothing', () => {
    const unexpected = pending.filter(
      (query) => !DECLARED_IN_MIGRATIONS_ONLY.some((rule) => rule.test(query)),
    );
    expect(unexpected).toEqual([]);
  });
});
