import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mapError } from '../../../shared/api/errors.js';
import { ConflictError, NotFoundError, StoreUnavailableError, ValidationError } from '../../../shared/domain/errors.js';

describe('mapError', () => {
  it('maps domain errors to their status codes', () => {
    expect(mapError(new ValidationError('bad', [{ path: 'x', message: 'y' }]))).toMatchObject({ status: 400, body: { error: { code: 'bad_request', issues: [{ path: 'x', message: 'y' }] } } });
    expect(mapError(new NotFoundError('gone')).status).toBe(404);
    expect(mapError(new StoreUnavailableError('down')).status).toBe(503);
    expect(mapError(z.string().safeParse(1).error).status).toBe(400);
  });

  it('hides the message and stack of unexpected errors behind a generic 500', () => {
    for (const error of [new Error('secret path /etc/passwd at x.ts:1'), new TypeError('boom'), new ConflictError('lost race'), 'a string', null]) {
      const mapped = mapError(error);
      expect(mapped.status).toBe(500);
      expect(mapped.unexpected).toBe(true);
      expect(mapped.body).toEqual({ error: { code: 'internal', message: 'Internal error' } });
    }
  });
});
