import { QueryFailedError } from 'typeorm';

export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_UNIQUE_VIOLATION = '23505';

interface PgDriverError {
  code?: string;
  constraint?: string;
  table?: string;
}

/** The PostgreSQL error behind a failed query when it has the given SQLSTATE, else undefined. */
export function pgError(error: unknown, sqlState: string): PgDriverError | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as PgDriverError | undefined;
  return driverError?.code === sqlState ? driverError : undefined;
}

/** Runs a write; a unique or foreign-key violation becomes the given (409) error, not a 500. */
export async function translatePgErrors<T>(
  write: () => Promise<T>,
  on: { unique?: (constraint?: string) => Error; foreignKey?: (table?: string) => Error },
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const unique = pgError(error, PG_UNIQUE_VIOLATION);
    if (unique && on.unique) throw on.unique(unique.constraint);
    const foreignKey = pgError(error, PG_FOREIGN_KEY_VIOLATION);
    if (foreignKey && on.foreignKey) throw on.foreignKey(foreignKey.table);
    throw error;
  }
}
