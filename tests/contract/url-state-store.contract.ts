/**
 * The UrlStateStore contract: one suite, run against every adapter. Each test gets a fresh store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain/errors.js';
import { URL_STATUSES, type UrlState, type UrlStatus } from '../../shared/domain/model.js';
import type { UrlStateStore } from '../../shared/ports/url-state-store.js';
import { makeUrlState } from '../support/records.js';
import type { ContractOptions } from './article-store.contract.js';

export interface UrlStateStoreFixture {
  readonly store: UrlStateStore;
  cleanup(): Promise<void>;
}

async function collectAll(store: UrlStateStore, query: { status?: UrlStatus; limit: number }): Promise<UrlState[]> {
  const all: UrlState[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page += 1) {
    const result = await store.listUrlStates({ ...query, cursor });
    expect(result.items.length).toBeLessThanOrEqual(query.limit);
    all.push(...result.items);
    cursor = result.nextCursor;
    if (cursor === null) return all;
  }
  throw new Error('listUrlStates kept returning a cursor');
}

export function describeUrlStateStoreContract(
  name: string,
  makeStore: () => Promise<UrlStateStoreFixture>,
  options: ContractOptions = {},
): void {
  const describeOrSkip = options.skipReason ? describe.skip : describe;
  const title = options.skipReason ? `UrlStateStore contract: ${name} (skipped: ${options.skipReason})` : `UrlStateStore contract: ${name}`;

  describeOrSkip(title, () => {
    let fixture: UrlStateStoreFixture;
    let store: UrlStateStore;

    beforeEach(async () => {
      fixture = await makeStore();
      store = fixture.store;
    });
    afterEach(async () => {
      await fixture.cleanup();
    });

    it('stores a state and returns it unchanged', async () => {
      const state = makeUrlState({
        status: 'stored',
        articleId: 'a1',
        etag: 'W/"abc"',
        lastModified: 'Wed, 06 Mar 2024 10:00:00 GMT',
        contentHash: 'f'.repeat(64),
        attempts: 1,
        sourceId: 'example-news',
      });
      await store.putUrlState(state);
      expect(await store.getUrlState(state.url)).toEqual(state);
    });

    it('keeps the retry record: attempts, last error and next try (issue 11)', async () => {
      const state = makeUrlState({ status: 'failed', reason: 'http-503', attempts: 4, lastError: 'http-503', nextAttemptAt: '2024-03-07T09:30:00.000Z' });
      await store.putUrlState(state);
      expect(await store.getUrlState(state.url)).toEqual(state);
      const cleared = { ...state, status: 'stored' as const, reason: null, nextAttemptAt: null };
      await store.putUrlState(cleared);
      expect(await store.getUrlState(state.url)).toEqual(cleared);
    });

    it('returns null for an unknown URL', async () => {
      expect(await store.getUrlState('https://nowhere.example.org/x')).toBeNull();
    });

    it('overwrites the state of the same URL', async () => {
      const first = makeUrlState({ status: 'failed', reason: 'http-500', attempts: 1 });
      await store.putUrlState(first);
      const second = { ...first, status: 'stored' as const, reason: null, attempts: 2, updatedAt: '2024-03-08T08:00:00.000Z' };
      await store.putUrlState(second);
      expect(await store.getUrlState(first.url)).toEqual(second);
      const counts = await store.countUrlStates();
      expect(counts.stored).toBe(1);
      expect(counts.failed).toBe(0);
    });

    it('keeps URLs that differ only in query or case apart', async () => {
      const a = makeUrlState({ url: 'https://news.example.org/Story?id=1', status: 'stored' });
      const b = makeUrlState({ url: 'https://news.example.org/story?id=2', status: 'skipped', reason: 'robots-disallowed' });
      await store.putUrlState(a);
      await store.putUrlState(b);
      expect(await store.getUrlState(a.url)).toEqual(a);
      expect(await store.getUrlState(b.url)).toEqual(b);
    });

    it('counts states per status, with zero for statuses never seen', async () => {
      const empty = await store.countUrlStates();
      expect(Object.keys(empty).sort()).toEqual([...URL_STATUSES].sort());
      expect(Object.values(empty).every((n) => n === 0)).toBe(true);

      const statuses: UrlStatus[] = ['stored', 'stored', 'stored', 'failed', 'skipped', 'pending', 'pending'];
      for (const status of statuses) await store.putUrlState(makeUrlState({ status }));
      expect(await store.countUrlStates()).toEqual({ pending: 2, stored: 3, unchanged: 0, skipped: 1, failed: 1 });
    });

    it('pages through states, each once, optionally by status', async () => {
      const states = Array.from({ length: 9 }, (_, i) => makeUrlState({ status: i % 3 === 0 ? 'failed' : 'stored', reason: i % 3 === 0 ? 'http-404' : null }));
      for (const state of states) await store.putUrlState(state);

      const all = await collectAll(store, { limit: 4 });
      expect(all.map((s) => s.url).sort()).toEqual(states.map((s) => s.url).sort());

      const failed = await collectAll(store, { status: 'failed', limit: 2 });
      expect(failed.map((s) => s.url).sort()).toEqual(states.filter((s) => s.status === 'failed').map((s) => s.url).sort());
      expect(failed.every((s) => s.reason === 'http-404')).toBe(true);
    });

    it('pages through many states of one status in small pages, each once', async () => {
      // Enough states that a sharded listing (DynamoDB) spreads them over many partitions.
      const states = Array.from({ length: 30 }, (_, i) => makeUrlState({ status: 'pending', updatedAt: `2024-03-07T08:${String(i).padStart(2, '0')}:00.000Z` }));
      for (const state of states) await store.putUrlState(state);
      const listed = await collectAll(store, { status: 'pending', limit: 4 });
      expect(listed.map((s) => s.url).sort()).toEqual(states.map((s) => s.url).sort());
      expect((await store.countUrlStates()).pending).toBe(30);
    });

    it('rejects a malformed cursor with a ValidationError', async () => {
      await store.putUrlState(makeUrlState());
      await expect(store.listUrlStates({ limit: 1, cursor: '%%not-a-cursor%%' })).rejects.toBeInstanceOf(ValidationError);
    });
  });
}
