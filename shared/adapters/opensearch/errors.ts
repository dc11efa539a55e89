import { errors } from '@opensearch-project/opensearch';
import { ConflictError, CultureIndexError, StoreUnavailableError, ValidationError } from '../../domain/errors.js';

/** The reason OpenSearch gives in an error body, e.g. "failed to parse date field [x]". */
function reasonOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const error = (body as { error?: unknown }).error;
  if (typeof error === 'string') return error;
  if (typeof error !== 'object' || error === null) return null;
  const { type, reason } = error as { type?: unknown; reason?: unknown };
  return [type, reason].filter((part) => typeof part === 'string').join(': ') || null;
}

/**
 * Translates an OpenSearch client error into the domain family: a request the node rejects as
 * malformed (400) is a ValidationError; an unreachable, overloaded or failing node (connection
 * errors, timeouts, 429, 5xx) and a refused or missing index are StoreUnavailableError, since
 * retrying or fixing the deployment helps, not changing the input.
 */
export function toDomainError(what: string, error: unknown): Error {
  if (error instanceof CultureIndexError) return error;
  if (error instanceof errors.ResponseError) {
    const status = error.statusCode ?? error.meta?.statusCode ?? 0;
    const reason = reasonOf(error.body ?? error.meta?.body) ?? error.message;
    if (status === 400) return new ValidationError(`OpenSearch rejected the request to ${what}: ${reason}`);
    if (status === 409) return new ConflictError(`OpenSearch conflict while trying to ${what}: ${reason}`, { cause: error });
    return new StoreUnavailableError(`OpenSearch failed to ${what} (HTTP ${status}): ${reason}`, { cause: error });
  }
  if (
    error instanceof errors.ConnectionError ||
    error instanceof errors.TimeoutError ||
    error instanceof errors.NoLivingConnectionsError ||
    error instanceof errors.RequestAbortedError ||
    error instanceof errors.DeserializationError
  ) {
    return new StoreUnavailableError(`OpenSearch unreachable while trying to ${what}: ${error.message}`, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Runs one call to OpenSearch, rethrowing its failure as a domain error. */
export async function guarded<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toDomainError(what, error);
  }
}

/** True when a client error is a 404 (index or alias missing), which some callers expect. */
export function isNotFound(error: unknown): boolean {
  return error instanceof errors.ResponseError && (error.statusCode ?? error.meta?.statusCode) === 404;
}
