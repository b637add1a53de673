import type { FieldError } from '@koers/contracts';
import { QueryFailedError } from 'typeorm';
import { ValidationFailedError } from './koers-error';

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

export const PG_CHECK_VIOLATION = '23514';

/** Database constraints that guard the bounds of input, each answered as a 400 naming its field. */
const INPUT_BOUNDS: Record<string, FieldError> = {
  programme_budget_total_max: {
    field: 'budgetLines',
    message: 'maakt de begroting van het programma groter dan € 10 biljoen',
  },
  assignment_budget_lines_amount_max: {
    field: 'budgetLines',
    message: 'een bedrag mag hoogstens € 10 miljard zijn',
  },
};

/** A write that broke an input bound of the database, as the 400 the API gives; else undefined. */
export function inputBoundError(error: unknown): ValidationFailedError | undefined {
  const check = pgError(error, PG_CHECK_VIOLATION);
  const bound = check?.constraint ? INPUT_BOUNDS[check.constraint] : undefined;
  return bound ? new ValidationFailedError([bound]) : undefined;
}
