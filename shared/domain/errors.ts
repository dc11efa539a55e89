/**
 * Domain errors. Adapters translate technology errors (SQLite, AWS SDK, HTTP) into these, so
 * callers handle one family and the API can map each class to a status code.
 */
export class CultureIndexError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Input that can never succeed as given (bad parameter, malformed record). HTTP 400. */
export class ValidationError extends CultureIndexError {
  constructor(
    message: string,
    readonly issues: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** The thing asked for does not exist. HTTP 404. */
export class NotFoundError extends CultureIndexError {}

/** A backing service (database, index, bucket) failed or is unreachable; retrying may help. HTTP 503. */
export class StoreUnavailableError extends CultureIndexError {}

/** A conditional write lost a race or a precondition did not hold. */
export class ConflictError extends CultureIndexError {}

/** A URL could not be fetched; `reason` is a short machine-readable code such as "http-500". */
export class FetchError extends CultureIndexError {
  constructor(
    message: string,
    readonly reason: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Some documents of a bulk write were rejected; the rest were written. */
export class IndexingError extends CultureIndexError {
  constructor(
    message: string,
    readonly failures: readonly { id: string; reason: string }[],
  ) {
    super(message);
  }
}
