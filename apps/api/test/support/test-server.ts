import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * Where the test run's PostgreSQL and migrated template live, set by the global setup: the
 * server as its superuser (who owns the test databases and migrates them), and the app's role.
 */
export function testServer(): { serverUrl: string; appUrl: string; template: string } {
  const serverUrl = process.env.KOERS_TEST_SERVER_URL;
  const appUrl = process.env.KOERS_TEST_APP_URL;
  const template = process.env.KOERS_TEST_TEMPLATE;
  if (!serverUrl || !appUrl || !template) {
    throw new Error('The API tests need their global setup: run them through jest, e.g. npm test.');
  }
  return { serverUrl, appUrl, template };
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(serverUrl: string, work: (client: Client) => Promise<T>) {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  /** As the app connects in production: its own role, which may not change the audit trail. */
  url: string;
  /** As the owner (migrations, DDL): only for tests that must change the schema. */
  ownerUrl: string;
  drop(): Promise<void>;
}

/** A database of its own for one test file, cloned from the migrated template in milliseconds. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { serverUrl, appUrl, template } = testServer();
  // Named after the run (the template's suffix) so the teardown finds what a crashed file left.
  const name = `${template.replace('koers_template_', 'koers_t_')}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(serverUrl, (c) =>
    c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`),
  );
  return {
    name,
    url: databaseUrl(appUrl, name),
    ownerUrl: databaseUrl(serverUrl, name),
    drop: async () => {
      await withAdminClient(serverUrl, (c) =>
        c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      );
    },
  };
}
