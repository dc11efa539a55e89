import { z } from 'zod';
import { NotFoundError, StoreUnavailableError, ValidationError } from '../domain/errors.js';
import { QuerySyntaxError } from '../domain/search/query-error.js';
import type { ErrorBody } from './http-types.js';

export interface MappedError {
  readonly status: number;
  readonly body: ErrorBody;
  /** Only unexpected errors are worth a log line with their stack. */
  readonly unexpected: boolean;
}

function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(query)', message: issue.message }));
}

/** Maps any thrown value to a status and a body that never carries a stack trace. */
export function mapError(error: unknown): MappedError {
  if (error instanceof z.ZodError) {
    return { status: 400, unexpected: false, body: { error: { code: 'bad_request', message: 'Invalid request parameters', issues: issuesOf(error) } } };
  }
  if (error instanceof QuerySyntaxError) {
    return {
      status: 400,
      unexpected: false,
      body: { error: { code: 'bad_request', message: error.message, issues: [...error.issues], position: error.position, hint: error.hint } },
    };
  }
  if (error instanceof ValidationError) {
    return { status: 400, unexpected: false, body: { error: { code: 'bad_request', message: error.message, issues: [...error.issues] } } };
  }
  if (error instanceof NotFoundError) {
    return { status: 404, unexpected: false, body: { error: { code: 'not_found', message: error.message } } };
  }
  if (error instanceof StoreUnavailableError) {
    return { status: 503, unexpected: false, body: { error: { code: 'unavailable', message: 'The search service is temporarily unavailable; try again shortly.' } } };
  }
  return { status: 500, unexpected: true, body: { error: { code: 'internal', message: 'Internal error' } } };
}
