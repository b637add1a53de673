import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@koers/migrations';
import { dataSourceOptions } from '../src/database/data-source';
import { createTestDatabase, TestDatabase } from './support/test-server';

describe('migrations', () => {
  it('lists every migration file in migrations/index.ts, in timestamp order', () => {
    const files = readdirSync(path.resolve(__dirname, '../../../migrations'))
      .filter((file) => /^\d{13}-\w+\.ts$/.test(file))
      .sort();
    const listed = MIGRATIONS.map((m) => {
      const name = new m().name ?? m.name;
      return name.replace(/^(\D+)(\d{13})$/, '$2-$1');
    });
    expect(listed).toEqual(files.map((file) => file.replace(/\.ts$/, '')));
  });

  describe('on a database', () => {
    let db: TestDatabase;
    let ds: DataSource;
    beforeAll(async () => {
      db = await createTestDatabase();
      ds = await new DataSource(dataSourceOptions(db.ownerUrl)).initialize();
    });
    afterAll(async () => {
      await ds.destroy();
      await db.drop();
    });

    it('are all applied to the template, and each one reverts and re-applies', async () => {
      expect(await ds.showMigrations()).toBe(false);
      for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration();
      const tables: unknown[] = await ds.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
      );
      expect(tables).toEqual([]);
      const applied = await ds.runMigrations();
      expect(applied).toHaveLength(MIGRATIONS.length);
    });
  });
});
