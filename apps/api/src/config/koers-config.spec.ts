import path from 'node:path';
import { ConfigError, findProjectRoot, loadConfig } from './koers-config';

describe('loadConfig', () => {
  it('defaults to port 3000, an embedded database in .koers and demo data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({
      kind: 'embedded',
      dataDir: path.join(findProjectRoot(), '.koers/postgres'),
      port: 54329,
    });
    expect(config.demo).toBe(true);
  });

  it('uses DATABASE_URL without demo data unless KOERS_DEMO=1', () => {
    const url = 'postgres://koers:secret@db:5432/koers';
    expect(loadConfig({ DATABASE_URL: url })).toMatchObject({
      database: { kind: 'external', url },
      demo: false,
    });
    expect(loadConfig({ DATABASE_URL: url, KOERS_DEMO: '1' }).demo).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number between 1 and 65535 (got "abc").'],
    [{ PORT: '70000' }, 'PORT must be a whole number between 1 and 65535 (got "70000").'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must be a PostgreSQL URL'],
    [{ KOERS_DB_PORT: '80' }, 'KOERS_DB_PORT must be a whole number between 1024 and 65535'],
    [{ KOERS_DEMO: 'yes' }, 'KOERS_DEMO must be 0 or 1 (got "yes").'],
    [{ KOERS_TODAY: '14-08-2026' }, 'KOERS_TODAY must be a date written as YYYY-MM-DD'],
  ])('stops on %j with one sentence naming the variable', (env, sentence) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(sentence);
  });
});
