import { CultureIndexError, ConflictError, StoreUnavailableError } from '../../domain/errors.js';

/** SQLite result codes that mean "the database is busy, unreachable or out of resources". */
const UNAVAILABLE_CODES = /^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|FULL|READONLY|NOMEM|PROTOCOL|CORRUPT|NOTADB)/;

function codeOf(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return null;
}

/** Translates better-sqlite3 errors into domain errors; domain errors pass through untouched. */
export function toDomainError(error: unknown, action: string): unknown {
  if (error instanceof CultureIndexError) return error;
  const code = codeOf(error);
  if (code !== null && UNAVAILABLE_CODES.test(code)) {
    return new StoreUnavailableError(`SQLite unavailable while trying to ${action} (${code})`, { cause: error });
  }
  if (code !== null && code.startsWith('SQLITE_CONSTRAINT')) {
    return new ConflictError(`SQLite constraint failed while trying to ${action} (${code})`, { cause: error });
  }
  if (error instanceof TypeError && /database connection is not open/i.test(error.message)) {
    return new StoreUnavailableError(`SQLite database is closed (while trying to ${action})`, { cause: error });
  }
  return error;
}

/** Runs `work`, rethrowing technology errors as domain errors. */
export function guarded<T>(action: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw toDomainError(error, action);
  }
}
