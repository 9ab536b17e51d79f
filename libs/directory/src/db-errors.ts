import { QueryFailedError } from 'typeorm';

/** The PostgreSQL error code and constraint of a failed query, when it is one. */
export function pgError(err: unknown): { code: string; constraint: string | null } | null {
  if (!(err instanceof QueryFailedError)) return null;
  const driver = err.driverError as { code?: string; constraint?: string } | undefined;
  return driver?.code ? { code: driver.code, constraint: driver.constraint ?? null } : null;
}

/**
 * Turns a unique or foreign-key violation into the caller's error, by constraint name,
 * so the answer names the field; anything else is rethrown as it is.
 */
export function translateConstraint(
  err: unknown,
  byConstraint: Record<string, () => Error>,
): never {
  const pg = pgError(err);
  const make = pg?.constraint ? byConstraint[pg.constraint] : undefined;
  throw make ? make() : err;
}
