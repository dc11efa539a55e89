/** Issue 11, item 7: API errors quote at most ~200 characters of what the client sent. */
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../../shared/adapters/sqlite/store.js';
import { createApi } from '../../../shared/api/api.js';

describe('error messages and long inputs', () => {
  it('never echo an 8,000-character input in full', async () => {
    const db = SqliteStore.open(':memory:');
    const api = createApi({ store: db, index: db, urlStates: db });
    const long = 'z'.repeat(8000);
    const responses = [
      await api.handle({ method: 'GET', path: `/entities/${long}`, query: {} }),
      await api.handle({ method: 'GET', path: `/articles/${long}`, query: {} }),
      await api.handle({ method: 'GET', path: '/search', query: { q: long, from: long, entity: long, limit: long } }),
    ];
    for (const response of responses) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(JSON.stringify(response.body)).not.toMatch(/z{201}/);
    }
    await db.close();
  });
});
