import { Client } from 'pg';
import { verifyPassword } from '../modules/auth/passwords';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './data/demo-accounts';

/**
 * How many active demo accounts on the database at `url` still open with the published demo
 * password. A production start without KOERS_DEMO=1 refuses such a database: otherwise demo
 * mode would reach production through a data folder or database first started as a demo.
 */
export async function demoAccountsWithPublishedPassword(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ hash: string; n: number }>(
      `SELECT password_hash AS hash, count(*)::int AS n FROM users
        WHERE active AND email = ANY($1::text[]) GROUP BY password_hash`,
      [DEMO_ACCOUNTS.map((account) => account.email)],
    );
    let open = 0;
    // The seed gives every demo account one shared hash: usually a single check.
    for (const row of rows) if (await verifyPassword(row.hash, DEMO_PASSWORD)) open += row.n;
    return open;
  } finally {
    await client.end();
  }
}
