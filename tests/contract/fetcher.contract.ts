/**
 * The Fetcher contract: the outcome semantics every fetcher (HTTP, file) shares, so the pipeline
 * can treat them alike. Runners supply a fixture with one good page and one missing page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FetchOutcome, Fetcher } from '../../shared/ports/fetcher.js';

export interface FetcherFixture {
  readonly fetcher: Fetcher;
  /** An HTML page that exists. */
  readonly okUrl: string;
  /** Its exact bytes. */
  readonly okBody: Uint8Array;
  /** A page that does not exist. */
  readonly missingUrl: string;
  /** An XML document (feed) that exists: skipped for 'html', ok for 'xml'. */
  readonly feedUrl: string;
  readonly cleanup: () => Promise<void>;
}

function expectNeverThrown(outcome: FetchOutcome): void {
  expect(['ok', 'not-modified', 'skipped', 'failed']).toContain(outcome.kind);
}

export function describeFetcherContract(name: string, makeFixture: () => Promise<FetcherFixture>): void {
  describe(`Fetcher contract: ${name}`, () => {
    let fixture: FetcherFixture;
    beforeAll(async () => {
      fixture = await makeFixture();
    });
    afterAll(async () => {
      await fixture.cleanup();
    });

    it('returns ok with the exact bytes, lower-cased headers, status and times', async () => {
      const outcome = await fixture.fetcher.fetch({ url: fixture.okUrl });
      expect(outcome.kind).toBe('ok');
      if (outcome.kind !== 'ok') return;
      const { page } = outcome;
      expect(page.url).toBe(fixture.okUrl);
      expect(typeof page.finalUrl).toBe('string');
      expect(page.status).toBe(200);
      expect(Buffer.from(page.body).equals(Buffer.from(fixture.okBody))).toBe(true);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      for (const key of Object.keys(page.headers)) expect(key).toBe(key.toLowerCase());
      expect(new Date(page.fetchedAt).toISOString()).toBe(page.fetchedAt);
    });

    it('answers not-modified when given the validators of the last fetch', async () => {
      const first = await fixture.fetcher.fetch({ url: fixture.okUrl });
      if (first.kind !== 'ok') throw new Error(`expected ok, got ${first.kind}`);
      const again = await fixture.fetcher.fetch({
        url: fixture.okUrl,
        etag: first.page.headers['etag'] ?? null,
        lastModified: first.page.headers['last-modified'] ?? null,
      });
      expect(again).toEqual({ kind: 'not-modified', url: fixture.okUrl });
    });

    it('fails a missing page permanently', async () => {
      const outcome = await fixture.fetcher.fetch({ url: fixture.missingUrl });
      expect(outcome.kind).toBe('failed');
      if (outcome.kind === 'failed') {
        expect(outcome.url).toBe(fixture.missingUrl);
        expect(outcome.retryable).toBe(false);
        expect(outcome.reason).toMatch(/^(http-404|not-found)$/);
      }
    });

    it('skips XML for article pages and returns it when XML is accepted', async () => {
      expect(await fixture.fetcher.fetch({ url: fixture.feedUrl })).toEqual({ kind: 'skipped', url: fixture.feedUrl, reason: 'unsupported-content-type' });
      expect((await fixture.fetcher.fetch({ url: fixture.feedUrl, accept: 'xml' })).kind).toBe('ok');
      expect((await fixture.fetcher.fetch({ url: fixture.feedUrl, accept: 'any' })).kind).toBe('ok');
    });

    it('never throws, whatever the URL', async () => {
      for (const url of ['', 'not a url', 'javascript:alert(1)', 'ftp://example.org/x', '\u0000', 'http://', `${fixture.okUrl}${'x'.repeat(5000)}`]) {
        const outcome = await fixture.fetcher.fetch({ url });
        expectNeverThrown(outcome);
        expect(outcome.kind === 'failed' || outcome.kind === 'skipped').toBe(true);
      }
    });

    it('handles concurrent fetches, each getting its own outcome', async () => {
      const urls = [fixture.okUrl, fixture.missingUrl, fixture.okUrl, fixture.missingUrl];
      const outcomes = await Promise.all(urls.map((url) => fixture.fetcher.fetch({ url })));
      expect(outcomes.map((o) => o.kind)).toEqual(['ok', 'failed', 'ok', 'failed']);
    });
  });
}
