import { ValidationError } from '../errors.js';

/** A query that does not follow the grammar: where (0-based character offset) and what to do. */
export class QuerySyntaxError extends ValidationError {
  constructor(
    message: string,
    readonly position: number,
    readonly hint: string,
  ) {
    super(`Invalid query: ${message} at character ${position + 1}`, [{ path: 'q', message: `${message} (character ${position + 1}): ${hint}` }]);
  }
}
