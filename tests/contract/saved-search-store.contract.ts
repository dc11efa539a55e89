/** The SavedSearchStore contract: one suite, run against every adapter. Each test gets a fresh store. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SavedSearchStore } from '../../shared/ports/saved-search-store.js';
import { makeDelivery, makeSavedSearch } from '../support/alerts.js';

export interface SavedSearchStoreFixture {
  readonly store: SavedSearchStore;
  cleanup(): Promise<void>;
}

export function describeSavedSearchStoreContract(name: string, makeStore: () => Promise<SavedSearchStoreFixture>): void {
  describe(`SavedSearchStore contract: ${name}`, () => {
    let fixture: SavedSearchStoreFixture;
    let store: SavedSearchStore;

    beforeEach(async () => {
      fixture = await makeStore();
      store = fixture.store;
    });
    afterEach(async () => {
      await fixture.cleanup();
    });

    it('stores, reads back, lists oldest first and deletes saved searches', async () => {
      const second = makeSavedSearch({ id: 'ss-2', name: 'Museums', query: 'museum', createdAt: '2026-03-02T00:00:00.000Z', watermark: '2026-03-02T00:00:00.000Z', webhook: { url: 'https://hooks.example.org/a', secret: 's3cret' }, digest: 'daily' });
      const first = makeSavedSearch({ id: 'ss-1', filters: { outlets: ['azernews'], languages: ['en'], from: '2026-01-01' } });
      await store.putSavedSearch(second);
      await store.putSavedSearch(first);
      expect(await store.getSavedSearch('ss-2')).toEqual(second);
      expect((await store.listSavedSearches()).map((s) => s.id)).toEqual(['ss-1', 'ss-2']);
      expect(await store.deleteSavedSearch('ss-1')).toBe(true);
      expect(await store.deleteSavedSearch('ss-1')).toBe(false);
      expect(await store.getSavedSearch('ss-1')).toBeNull();
      expect((await store.listSavedSearches()).map((s) => s.id)).toEqual(['ss-2']);
    });

    it('moves the watermark forward only', async () => {
      await store.putSavedSearch(makeSavedSearch({ id: 'ss-w' }));
      await store.advanceWatermark('ss-w', '2026-03-05T00:00:00.000Z');
      await store.advanceWatermark('ss-w', '2026-03-04T00:00:00.000Z');
      expect((await store.getSavedSearch('ss-w'))!.watermark).toBe('2026-03-05T00:00:00.000Z');
    });

    it('records a (saved search, article) pair once, ever, and says which rows were new', async () => {
      await store.putSavedSearch(makeSavedSearch({ id: 'ss-a' }));
      await store.putSavedSearch(makeSavedSearch({ id: 'ss-b' }));
      const first = await store.recordDeliveries([makeDelivery('ss-a', 'art-1', '2026-03-02T10:00:00.000Z'), makeDelivery('ss-a', 'art-2', '2026-03-02T11:00:00.000Z')]);
      expect(first.map((d) => d.article.id)).toEqual(['art-1', 'art-2']);
      const again = await store.recordDeliveries([
        makeDelivery('ss-a', 'art-2', '2026-03-03T10:00:00.000Z'),
        makeDelivery('ss-a', 'art-3', '2026-03-03T10:00:00.000Z'),
        makeDelivery('ss-b', 'art-2', '2026-03-03T10:00:00.000Z'),
      ]);
      expect(again.map((d) => `${d.savedSearchId}/${d.article.id}`)).toEqual(['ss-a/art-3', 'ss-b/art-2']);
      const ledger = await store.listDeliveries('ss-a', 10);
      expect(ledger.map((d) => d.article.id)).toEqual(['art-3', 'art-2', 'art-1']);
      // The first record wins: a repeat never rewrites when it matched.
      expect(ledger[1]!.matchedAt).toBe('2026-03-02T11:00:00.000Z');
      expect(ledger[2]).toEqual(makeDelivery('ss-a', 'art-1', '2026-03-02T10:00:00.000Z'));
      expect(await store.listDeliveries('ss-a', 2)).toHaveLength(2);
    });

    it('lists due webhook rows and records their outcome', async () => {
      await store.putSavedSearch(makeSavedSearch({ id: 'ss-h', webhook: { url: 'https://hooks.example.org/h', secret: 'k' } }));
      await store.recordDeliveries([
        makeDelivery('ss-h', 'art-1', '2026-03-02T10:00:00.000Z', true),
        makeDelivery('ss-h', 'art-2', '2026-03-02T11:00:00.000Z', true),
        makeDelivery('ss-h', 'art-3', '2026-03-02T12:00:00.000Z', true),
      ]);
      const now = '2026-03-02T13:00:00.000Z';
      expect((await store.pendingWebhookDeliveries('ss-h', now, 10)).map((d) => d.article.id)).toEqual(['art-1', 'art-2', 'art-3']);
      await store.updateWebhookState('ss-h', ['art-1'], { status: 'sent', attempts: 1, nextAttemptAt: null, lastError: null, sentAt: now });
      await store.updateWebhookState('ss-h', ['art-2'], { status: 'pending', attempts: 1, nextAttemptAt: '2026-03-02T14:00:00.000Z', lastError: 'http-503', sentAt: null });
      await store.updateWebhookState('ss-h', ['art-3'], { status: 'dead', attempts: 1, nextAttemptAt: null, lastError: 'forbidden-address', sentAt: null });
      expect(await store.pendingWebhookDeliveries('ss-h', now, 10)).toEqual([]);
      const later = await store.pendingWebhookDeliveries('ss-h', '2026-03-02T14:00:00.000Z', 10);
      expect(later.map((d) => [d.article.id, d.webhook])).toEqual([['art-2', { status: 'pending', attempts: 1, nextAttemptAt: '2026-03-02T14:00:00.000Z', lastError: 'http-503', sentAt: null }]]);
      const ledger = await store.listDeliveries('ss-h', 10);
      expect(ledger.find((d) => d.article.id === 'art-1')!.webhook).toEqual({ status: 'sent', attempts: 1, nextAttemptAt: null, lastError: null, sentAt: now });
      expect(ledger.find((d) => d.article.id === 'art-3')!.webhook!.status).toBe('dead');
    });

    it('drops the ledger with its saved search', async () => {
      await store.putSavedSearch(makeSavedSearch({ id: 'ss-d' }));
      await store.recordDeliveries([makeDelivery('ss-d', 'art-1', '2026-03-02T10:00:00.000Z', true)]);
      await store.deleteSavedSearch('ss-d');
      expect(await store.listDeliveries('ss-d', 10)).toEqual([]);
      expect(await store.pendingWebhookDeliveries('ss-d', '2030-01-01T00:00:00.000Z', 10)).toEqual([]);
      // A new search under the same id starts with an empty ledger.
      await store.putSavedSearch(makeSavedSearch({ id: 'ss-d' }));
      expect((await store.recordDeliveries([makeDelivery('ss-d', 'art-1', '2026-03-03T10:00:00.000Z')])).length).toBe(1);
    });
  });
}
