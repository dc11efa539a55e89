/**
 * The alerts use case on a real SQLite store and index, with a loopback receiver that fails on
 * purpose: exactly once per (saved search, article) in the ledger and the feed, at least once at
 * the receiver, retries with backoff, dead letters, digests, caps.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpWebhookSender } from '../../shared/adapters/http/webhook-sender.js';
import type { SqliteStore } from '../../shared/adapters/sqlite/store.js';
import { ReceiverRateLimit } from '../../shared/domain/alerts/rate-limit.js';
import type { SavedSearch } from '../../shared/domain/alerts/saved-search.js';
import { toIndexDoc } from '../../shared/domain/index-doc.js';
import type { ArticleRecord } from '../../shared/domain/model.js';
import { DELIVERY_HEADER } from '../../shared/pipeline/alert-webhooks.js';
import { DEFAULT_ALERT_SETTINGS, runAlerts, type AlertDeps, type AlertSettings } from '../../shared/pipeline/alerts.js';
import { makeSavedSearch } from '../support/alerts.js';
import { makeRecord, withContent } from '../support/records.js';
import { openTempSqliteStore } from '../support/temp-sqlite.js';
import { startWebhookReceiver, type RunningReceiver } from '../support/webhook-receiver.js';

const SECRET = 'receiver-shared-secret';
const SETTINGS: AlertSettings = { ...DEFAULT_ALERT_SETTINGS, backoff: { baseMs: 20, maxMs: 1_000 }, inRunWaitMs: 50, maxAttempts: 4 };

describe('runAlerts (SQLite, loopback receiver)', () => {
  let db: SqliteStore;
  let cleanup: () => Promise<void>;
  let receiver: RunningReceiver;
  let now: Date;
  const waits: number[] = [];

  beforeEach(async () => {
    const opened = await openTempSqliteStore();
    db = opened.store;
    cleanup = opened.cleanup;
    receiver = await startWebhookReceiver();
    now = new Date('2026-03-02T12:00:00.000Z');
    waits.length = 0;
  });
  afterEach(async () => {
    await receiver.close();
    await cleanup();
  });

  function deps(overrides: Partial<AlertDeps> = {}): AlertDeps {
    return {
      store: db,
      index: db,
      savedSearches: db.savedSearches,
      webhooks: new HttpWebhookSender({ loopbackPorts: [receiver.port] }),
      clock: () => now,
      sleep: async (ms) => {
        waits.push(ms);
        now = new Date(now.getTime() + ms);
      },
      random: () => 1,
      rateLimit: new ReceiverRateLimit(100, 60_000),
      ...overrides,
    };
  }

  async function ingest(...records: ArticleRecord[]): Promise<void> {
    for (const record of records) await db.putArticle(record);
    await db.index(records.map(toIndexDoc));
  }

  function fetchedNow(spec: Parameters<typeof makeRecord>[0]): ArticleRecord {
    return makeRecord({ ...spec, fetchedAt: now.toISOString() });
  }

  async function save(overrides: Partial<SavedSearch>): Promise<SavedSearch> {
    const search = makeSavedSearch({ createdAt: now.toISOString(), watermark: now.toISOString(), webhook: { url: receiver.url, secret: SECRET }, ...overrides });
    await db.savedSearches.putSavedSearch(search);
    return search;
  }

  it('delivers each new match once: a re-run, an overlapping run and a changed article deliver nothing again', async () => {
    await ingest(makeRecord({ title: 'Old dubbing story', fetchedAt: '2026-03-01T09:00:00.000Z' }));
    const search = await save({ id: 'dub', query: 'dubbing' });
    now = new Date('2026-03-02T13:00:00.000Z');
    const fresh = fetchedNow({ title: 'Cartoons get Azerbaijani dubbing', text: 'A studio finished dubbing the series.' });
    await ingest(fresh, fetchedNow({ title: 'Museum opens a carpet hall' }));

    const first = await runAlerts(deps(), SETTINGS);
    expect(first.searches).toEqual([{ id: 'dub', name: search.name, newMatches: 1, webhook: { sent: 1, deferred: 0, dead: 0, failedAttempts: 0, errors: [] } }]);
    expect(receiver.verified(SECRET, Math.floor(now.getTime() / 1000)).map((c) => c.json.articles.map((a) => a.id))).toEqual([[fresh.article.id]]);
    expect(receiver.calls[0]!.headers[DELIVERY_HEADER]).toBe(`dub:${fresh.article.id}`);

    // Same instant again (the overlap window keeps the article a candidate): the ledger says no.
    expect((await runAlerts(deps(), SETTINGS)).searches[0]!.newMatches).toBe(0);
    // The article changes and is stored again later: still the same (search, article) pair.
    now = new Date('2026-03-02T14:00:00.000Z');
    await ingest({ ...withContent(fresh, { title: 'Cartoons get Azerbaijani dubbing (updated)' }), article: { ...withContent(fresh, { title: 'Cartoons get Azerbaijani dubbing (updated)' }).article, fetchedAt: now.toISOString() } });
    expect((await runAlerts(deps(), SETTINGS)).searches[0]!.newMatches).toBe(0);
    expect(receiver.calls).toHaveLength(1);
    expect((await db.savedSearches.listDeliveries('dub', 10)).map((d) => d.article.id)).toEqual([fresh.article.id]);
  });

  it('retries a failing receiver with exponential backoff in the run and delivers once it answers', async () => {
    await save({ id: 'dub', query: 'dubbing' });
    await ingest(fetchedNow({ title: 'Dubbing festival' }));
    receiver.script({ status: 503 }, { status: 500 });
    const report = await runAlerts(deps(), SETTINGS);
    expect(report.searches[0]!.webhook).toEqual({ sent: 1, deferred: 0, dead: 0, failedAttempts: 2, errors: [expect.stringContaining('http-503'), expect.stringContaining('http-500')] });
    expect(waits).toEqual([20, 40]);
    expect(receiver.calls).toHaveLength(3);
    // Every attempt carries the same delivery id, so the receiver can drop repeats.
    expect(new Set(receiver.calls.map((c) => c.headers[DELIVERY_HEADER])).size).toBe(1);
    expect(receiver.verified(SECRET, Math.floor(now.getTime() / 1000))).toHaveLength(3);
    const [row] = await db.savedSearches.listDeliveries('dub', 1);
    expect(row!.webhook).toMatchObject({ status: 'sent', attempts: 3 });
  });

  it('leaves long waits for a later run, then dead-letters after the last attempt and records why', async () => {
    await save({ id: 'dub', query: 'dubbing' });
    await ingest(fetchedNow({ title: 'Dubbing school opens' }));
    receiver.script({ status: 503, headers: { 'retry-after': '120' } }, { status: 502 }, { status: 502 }, { status: 502 }, { status: 502 });
    const settings = { ...SETTINGS, inRunWaitMs: 100 };
    const first = await runAlerts(deps(), settings);
    expect(first.searches[0]!.webhook).toMatchObject({ sent: 0, deferred: 1, dead: 0 });
    const [pending] = await db.savedSearches.listDeliveries('dub', 1);
    expect(pending!.webhook).toMatchObject({ status: 'pending', attempts: 1, lastError: 'http-503', nextAttemptAt: '2026-03-02T12:00:01.000Z' });
    // (Retry-After: 120 asked for two minutes; no wait exceeds the backoff maximum, here 1 s.)
    // Not due yet: nothing is sent.
    expect((await runAlerts(deps(), settings)).searches[0]!.webhook).toMatchObject({ sent: 0, deferred: 0, dead: 0 });
    now = new Date('2026-03-02T12:00:01.000Z');
    const last = await runAlerts(deps(), settings);
    expect(last.searches[0]!.webhook).toMatchObject({ sent: 0, dead: 1, failedAttempts: 3 });
    const [dead] = await db.savedSearches.listDeliveries('dub', 1);
    expect(dead!.webhook).toMatchObject({ status: 'dead', attempts: 4, lastError: 'http-502' });
    expect(receiver.calls).toHaveLength(4);
    // Dead letters stay dead; the feed still has the article.
    expect((await runAlerts(deps(), settings)).searches[0]!.webhook).toMatchObject({ sent: 0, dead: 0 });
    expect(receiver.calls).toHaveLength(4);
  });

  it('dead-letters at once what no retry can cure (a receiver address the guard refuses)', async () => {
    await save({ id: 'dub', query: 'dubbing', webhook: { url: 'https://169.254.169.254/latest', secret: SECRET } });
    await ingest(fetchedNow({ title: 'Dubbing awards' }));
    const report = await runAlerts(deps(), SETTINGS);
    expect(report.searches[0]!.webhook).toMatchObject({ sent: 0, dead: 1, failedAttempts: 1, errors: [expect.stringContaining('forbidden-address')] });
  });

  it('groups a daily digest into one call once the day is over', async () => {
    await save({ id: 'dig', query: 'dubbing', digest: 'daily' });
    await ingest(fetchedNow({ title: 'Dubbing one' }), fetchedNow({ title: 'Dubbing two' }));
    expect((await runAlerts(deps(), SETTINGS)).searches[0]).toMatchObject({ newMatches: 2, webhook: { sent: 0 } });
    now = new Date('2026-03-02T18:00:00.000Z');
    await ingest(fetchedNow({ title: 'Dubbing three' }));
    expect((await runAlerts(deps(), SETTINGS)).searches[0]).toMatchObject({ newMatches: 1, webhook: { sent: 0 } });
    now = new Date('2026-03-03T00:05:00.000Z');
    expect((await runAlerts(deps(), SETTINGS)).searches[0]!.webhook).toMatchObject({ sent: 1 });
    expect(receiver.calls).toHaveLength(1);
    expect(receiver.calls[0]!.json).toMatchObject({ id: 'dig:daily:2026-03-02T00:00:00.000Z', digest: 'daily', period: { start: '2026-03-02T00:00:00.000Z', end: '2026-03-03T00:00:00.000Z' } });
    expect(receiver.calls[0]!.json.articles.map((a) => a.title).sort()).toEqual(['Dubbing one', 'Dubbing three', 'Dubbing two']);
  });

  it('splits a digest to fit the payload cap', async () => {
    await save({ id: 'dig', query: 'dubbing', digest: 'daily' });
    await ingest(fetchedNow({ title: 'Dubbing one' }), fetchedNow({ title: 'Dubbing two' }), fetchedNow({ title: 'Dubbing three' }));
    await runAlerts(deps(), SETTINGS);
    now = new Date('2026-03-03T00:05:00.000Z');
    const report = await runAlerts(deps(), { ...SETTINGS, maxPayloadBytes: 1_000 });
    expect(report.searches[0]!.webhook).toMatchObject({ sent: receiver.calls.length, dead: 0 });
    expect(receiver.calls.length).toBeGreaterThan(1);
    expect(receiver.calls.every((c) => Buffer.byteLength(c.body) <= 1_000)).toBe(true);
    expect(receiver.calls.flatMap((c) => c.json.articles).length).toBe(3);
  });

  it('caps calls per receiver: the rest wait for a later run without using an attempt', async () => {
    await save({ id: 'dub', query: 'dubbing' });
    await ingest(fetchedNow({ title: 'Dubbing one' }), fetchedNow({ title: 'Dubbing two' }), fetchedNow({ title: 'Dubbing three' }));
    const limited = deps({ rateLimit: new ReceiverRateLimit(2, 60_000) });
    const report = await runAlerts(limited, SETTINGS);
    expect(report.searches[0]!.webhook).toMatchObject({ sent: 2, deferred: 1, dead: 0 });
    const waiting = (await db.savedSearches.listDeliveries('dub', 10)).filter((d) => d.webhook!.status === 'pending');
    expect(waiting.map((d) => d.webhook)).toEqual([{ status: 'pending', attempts: 0, nextAttemptAt: '2026-03-02T12:01:00.000Z', lastError: 'rate-limited', sentAt: null }]);
    now = new Date('2026-03-02T12:01:00.000Z');
    expect((await runAlerts(limited, SETTINGS)).searches[0]!.webhook).toMatchObject({ sent: 1 });
    expect(receiver.calls).toHaveLength(3);
  });

  it('applies the saved filters and entity names', async () => {
    await save({ id: 'az', query: 'dubbing', filters: { languages: ['az'] }, webhook: null });
    await ingest(fetchedNow({ title: 'Dubbing in English' }), fetchedNow({ title: 'Dubbing dublyaj', language: 'az' }));
    const report = await runAlerts(deps(), SETTINGS);
    expect(report.searches[0]).toMatchObject({ newMatches: 1, webhook: null });
    expect((await db.savedSearches.listDeliveries('az', 5))[0]!.article.language).toBe('az');
  });
});
