import path from 'node:path';
import { ConfigError, demoModeNotice, findProjectRoot, loadConfig } from './koers-config';

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

describe('secrets in configuration errors', () => {
  it.each([
    [{ KOERS_SESSION_SECRET: 'geheim maar te kort' }, 'KOERS_SESSION_SECRET must be at least 32'],
    [
      { DATABASE_URL: 'postgres://koers:geheim@db host/koers' },
      'DATABASE_URL must be a PostgreSQL URL',
    ],
    [
      { DATABASE_URL: 'postgres://a@db/koers', DATABASE_MIGRATION_URL: 'pg://eigenaar:geheim@x' },
      'DATABASE_MIGRATION_URL must be a PostgreSQL URL',
    ],
  ])('names the variable of %j but never repeats its value', (env, sentence) => {
    expect(() => loadConfig(env)).toThrow(sentence);
    expect(() => loadConfig(env)).not.toThrow(/geheim/);
  });

  it('wants DATABASE_URL (the app role) beside DATABASE_MIGRATION_URL', () => {
    expect(() => loadConfig({ DATABASE_MIGRATION_URL: 'postgres://owner:pw@db/koers' })).toThrow(
      'DATABASE_MIGRATION_URL needs DATABASE_URL',
    );
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://app:pw@db/koers',
        DATABASE_MIGRATION_URL: 'postgres://owner:pw@db/koers',
      }).database,
    ).toEqual({
      kind: 'external',
      url: 'postgres://app:pw@db/koers',
      migrationUrl: 'postgres://owner:pw@db/koers',
    });
  });
});

describe('demo mode and production', () => {
  const production = { NODE_ENV: 'production', KOERS_SESSION_SECRET: 'x'.repeat(40) };

  it('has no demo data or demo accounts in production, even on the embedded database', () => {
    const config = loadConfig(production);
    expect(config.demo).toBe(false);
    expect(demoModeNotice(config)?.message).toContain('no demo data');
  });

  it('has them in production only on an explicit KOERS_DEMO=1, and says so loudly', () => {
    const config = loadConfig({ ...production, KOERS_DEMO: '1' });
    expect(config.demo).toBe(true);
    expect(demoModeNotice(config)).toEqual({
      level: 'warn',
      message: expect.stringContaining('DEMO MODE IN PRODUCTION'),
    });
  });

  it('keeps the demo of `npm start` outside production, without a notice', () => {
    const config = loadConfig({});
    expect(config.demo).toBe(true);
    expect(demoModeNotice(config)).toBeUndefined();
  });

  it('stops a production start without KOERS_SESSION_SECRET with one sentence', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      'KOERS_SESSION_SECRET is required in production',
    );
  });

  it('keeps no known session secret outside production: it is generated next to the data', () => {
    const config = loadConfig({ KOERS_DATA_DIR: '/tmp/koers-x/postgres' });
    expect(config.session.secret).toBeUndefined();
    expect(config.session.secretFile).toBe('/tmp/koers-x/postgres.session-secret');
  });
});
