import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { prepareDatabase } from '../src/database/prepare-database';
import { SeedStep } from '../src/seed/run-seeds';
import { createTestDatabase, TestDatabase } from './support/test-server';

describe('seeding', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('runs each seed step once, however often Koers starts', async () => {
    const runs: string[] = [];
    const step = (name: string): SeedStep => ({
      name,
      run: async (manager) => {
        runs.push(name);
        await manager.query('SELECT 1');
      },
    });
    await prepareDatabase(db.url, { seeds: [step('regions')] });
    await prepareDatabase(db.url, { seeds: [step('regions'), step('programme-2026')] });
    await prepareDatabase(db.url, { seeds: [step('regions'), step('programme-2026')] });
    expect(runs).toEqual(['regions', 'programme-2026']);
  });

  it('records nothing of a step that fails, so the next start tries it again', async () => {
    const failing: SeedStep = {
      name: 'broken',
      run: async (manager) => {
        await manager.query(`INSERT INTO seed_runs (name) VALUES ('half-done')`);
        throw new Error('seed data invalid');
      },
    };
    await expect(prepareDatabase(db.url, { seeds: [failing] })).rejects.toThrow(
      'seed data invalid',
    );
    const ds = await new DataSource(dataSourceOptions(db.url)).initialize();
    try {
      const rows: { name: string }[] = await ds.query(
        `SELECT name FROM seed_runs WHERE name IN ('broken', 'half-done')`,
      );
      expect(rows).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });
});
