import { Client } from 'pg';

/** How many rows a sharded counter spreads its sessions over (backend pid modulo this). */
const SHARDS = 16;

/**
 * Database sessions of their own, for tests of what concurrent writers see. Each session knows
 * its backend pid, which decides the row of a sharded counter it moves (the region data version,
 * a programme's audit counts). `closeAll` ends every session opened.
 */
export function pgSessions(url: () => string) {
  const open: Client[] = [];
  async function session(): Promise<{ client: Client; pid: number }> {
    const client = new Client({ connectionString: url() });
    await client.connect();
    open.push(client);
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    return { client, pid: rows[0].pid };
  }
  return {
    session,
    /** Two sessions whose changes land on different rows (1 in 16 pairs would share one). */
    async onDifferentShards() {
      const first = await session();
      let second = await session();
      while (second.pid % SHARDS === first.pid % SHARDS) second = await session();
      return [first, second] as const;
    },
    async closeAll(): Promise<void> {
      for (const client of open.splice(0)) await client.end();
    },
  };
}
