import { Client } from 'pg';

/**
 * Counts every statement any `pg` client of this process sends to PostgreSQL while `action`
 * runs: TypeORM's queries, the prepared reads, the session store, BEGIN and COMMIT alike.
 */
export async function countStatements<T>(
  action: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    statements.push(typeof first === 'string' ? first : (first?.text ?? JSON.stringify(first)));
    return original.apply(this, args);
  };
  try {
    const result = await action();
    return { result, statements };
  } finally {
    proto.query = original;
  }
}
