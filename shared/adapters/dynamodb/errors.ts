/**
 * Translation of AWS SDK / DynamoDB errors into domain errors, so callers handle one family.
 */
import { ConflictError, CultureIndexError, StoreUnavailableError, ValidationError } from '../../domain/errors.js';

/** Errors where waiting and retrying can help: throttling, service trouble, the network. */
const UNAVAILABLE_NAMES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalServerError',
  'InternalFailure',
  'LimitExceededException',
  'ResourceNotFoundException',
  'ResourceInUseException',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'NetworkingError',
]);

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') return error.name;
  return '';
}

function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return '';
}

export function isConditionalCheckFailed(error: unknown): boolean {
  return errorName(error) === 'ConditionalCheckFailedException';
}

/**
 * Domain error for a failed DynamoDB call. `operation` names what was attempted, e.g.
 * "putArticle abc123", so the message says what failed and where.
 */
export function mapDynamoError(error: unknown, operation: string): CultureIndexError {
  if (error instanceof CultureIndexError) return error;
  const name = errorName(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'ConditionalCheckFailedException') {
    return new ConflictError(`DynamoDB ${operation}: condition failed (a concurrent write won)`, { cause: error });
  }
  if (name === 'ValidationException' || name === 'ItemCollectionSizeLimitExceededException') {
    return new ValidationError(`DynamoDB ${operation}: ${detail}`);
  }
  if (UNAVAILABLE_NAMES.has(name) || NETWORK_CODES.has(errorCode(error))) {
    return new StoreUnavailableError(`DynamoDB ${operation}: ${name || errorCode(error)}: ${detail}`, { cause: error });
  }
  // Anything else (unknown SDK fault, socket hang-up without a code): treat as an outage, the
  // caller may retry; the cause is kept for the logs.
  return new StoreUnavailableError(`DynamoDB ${operation}: ${name || 'error'}: ${detail}`, { cause: error });
}

/** Runs one SDK call and maps whatever it throws. */
export async function callDynamo<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw mapDynamoError(error, operation);
  }
}
