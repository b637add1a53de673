import { rm } from 'node:fs/promises';
import { withAdminClient } from './test-server';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.KOERS_TEST_SERVER_URL;
  const template = process.env.KOERS_TEST_TEMPLATE;
  if (serverUrl && template) {
    await withAdminClient(serverUrl, async (client) => {
      // Test files drop their own databases; this catches those of a file that crashed.
      const { rows } = await client.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $2)`,
        [template, template.replace('koers_template_', 'koers_t_') + '_'],
      );
      for (const { datname } of rows) {
        await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
    });
  }
  const embedded = (globalThis as { koersTestServer?: { stop(): Promise<void>; folder: string } })
    .koersTestServer;
  if (embedded) {
    await embedded.stop();
    await rm(embedded.folder, { recursive: true, force: true });
  }
}
