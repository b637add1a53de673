import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Where the test run's PostgreSQL and migrated template live; set by the global setup. */
export function testServer(): { serverUrl: string; template: string } {
  const serverUrl = process.env.KOERS_TEST_SERVER_URL;
  const template = process.env.KOERS_TEST_TEMPLATE;
  if (!serverUrl || !template) {
    throw new Error('The API tests need their global setup: run them through jest, e.g. npm test.');
  }
  return { serverUrl, template };
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
  url: string;
  drop(): Promise<void>;
}

/** A database of its own for one test file, cloned from the migrated template in milliseconds. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { serverUrl, template } = testServer();
  // Named after the run (the template's suffix) so the teardown finds what a crashed file left.
  const name = `${template.replace('koers_template_', 'koers_t_')}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(serverUrl, (c) =>
    c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`),
  );
  return {
    name,
    url: databaseUrl(serverUrl, name),
    drop: async () => {
      await withAdminClient(serverUrl, (c) =>
        c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      );
    },
  };
}
