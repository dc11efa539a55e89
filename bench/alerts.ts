/**
 * Alerts section of `npm run bench` (alone: `npx tsx bench/alerts.ts`). BENCH_ALERT_ARTICLES
 * generated articles (default 10,000) are in the SQLite store and index before 20 saved searches
 * are made; then BENCH_ALERT_NEW (default 200) more arrive. Measured per saved search:
 *   culture-index  runAlerts: the store lists what arrived since the watermark, the index says
 *                  which of those match (query + filters + ids), the ledger keeps the new ones
 *   peer           "re-run every saved query over the whole index and diff with what was seen"
 *                  (how a cron job over a search API does it): every match exported, compared
 *                  with the ids delivered before.
 * Both must find the same new matches; the run says so.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SqliteStore } from '../shared/adapters/sqlite/index.js';
import type { SavedSearch } from '../shared/domain/alerts/saved-search.js';
import { toIndexDoc } from '../shared/domain/index-doc.js';
import type { ArticleRecord, RawPage } from '../shared/domain/model.js';
import { createResolver } from '../shared/domain/resolve/index.js';
import { DEFAULT_ALERT_SETTINGS, runAlerts } from '../shared/pipeline/alerts.js';
import { analysePage } from '../shared/pipeline/process-step.js';
import { generateCorpus } from './lib/corpus.js';

const ARTICLES = Number(process.env['BENCH_ALERT_ARTICLES'] ?? 10_000);
const NEW = Number(process.env['BENCH_ALERT_NEW'] ?? 200);
const QUERIES = ['dubbing', 'restoration', 'exhibition', 'premiere', 'festival', 'concert', 'translation', 'heritage', 'animation', 'documentary', 'opera', 'ballet', 'poetry', '"carpet weaving"', 'jazz', 'Shusha', 'Baku AND opera', 'mugham OR jazz', 'cinema -festival', 'Ganja'];
const encoder = new TextEncoder();
const fmt = (n: number, digits = 1): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function records(count: number): ArticleRecord[] {
  const resolver = createResolver();
  const out: ArticleRecord[] = [];
  for (const page of generateCorpus(count, 7)) {
    const raw: RawPage = { url: page.url, finalUrl: page.url, fetchedAt: '2026-11-01T00:00:00.000Z', status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: encoder.encode(page.html) };
    const analysed = analysePage(raw, resolver);
    if ('record' in analysed) out.push(analysed.record);
  }
  return out;
}

async function store(db: SqliteStore, batch: readonly ArticleRecord[], fetchedAt: string): Promise<void> {
  const stamped = batch.map((r) => ({ ...r, article: { ...r.article, fetchedAt } }));
  for (const record of stamped) await db.putArticle(record);
  for (let i = 0; i < stamped.length; i += 500) await db.index(stamped.slice(i, i + 500).map(toIndexDoc));
}

/** The peer: every match of every saved query, diffed with the ids seen before. */
async function fullRequery(db: SqliteStore, searches: readonly SavedSearch[], seen: Map<string, Set<string>>): Promise<number> {
  let fresh = 0;
  for (const search of searches) {
    const known = seen.get(search.id) ?? new Set<string>();
    for await (const rows of db.exportRows({ text: search.query, filters: {}, max: 100_000, batchSize: 1_000 })) {
      for (const row of rows) {
        if (known.has(row.id)) continue;
        known.add(row.id);
        fresh += 1;
      }
    }
    seen.set(search.id, known);
  }
  return fresh;
}

export async function benchAlerts(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'ci-bench-alerts-'));
  const db = SqliteStore.open(join(dir, 'alerts.db'));
  try {
    const all = records(ARTICLES + NEW);
    const old = all.slice(0, all.length - NEW);
    const arriving = all.slice(all.length - NEW);
    await store(db, old, '2026-11-01T00:00:00.000Z');
    const searches: SavedSearch[] = QUERIES.map((query, i) => ({
      id: `bench-${i}`, name: query, owner: 'bench', query, filters: {}, webhook: null, digest: 'none', createdAt: '2026-11-02T00:00:00.000Z', watermark: '2026-11-02T00:00:00.000Z',
    }));
    for (const search of searches) await db.savedSearches.putSavedSearch(search);
    // The peer's "seen" sets start as what matched before the saved searches were made.
    const seen = new Map<string, Set<string>>();
    await fullRequery(db, searches, seen);

    await store(db, arriving, '2026-11-03T00:00:00.000Z');
    const clock = () => new Date('2026-11-03T01:00:00.000Z');
    const t0 = performance.now();
    const report = await runAlerts({ store: db, index: db, savedSearches: db.savedSearches, clock }, DEFAULT_ALERT_SETTINGS);
    const oursMs = performance.now() - t0;
    const ours = report.searches.reduce((sum, s) => sum + s.newMatches, 0);
    const t1 = performance.now();
    const peer = await fullRequery(db, searches, seen);
    const peerMs = performance.now() - t1;
    const rerun0 = performance.now();
    const again = await runAlerts({ store: db, index: db, savedSearches: db.savedSearches, clock }, DEFAULT_ALERT_SETTINGS);
    const rerunMs = performance.now() - rerun0;

    console.log(`\nAlerts: ${searches.length} saved searches over ${old.length.toLocaleString('en-US')} articles, ${arriving.length} new since their last run (SQLite)`);
    console.log(`  culture-index runAlerts      ${fmt(oursMs / searches.length, 2).padStart(8)} ms per saved search   (${ours} new matches; a re-run: ${fmt(rerunMs / searches.length, 2)} ms, ${again.searches.reduce((s, r) => s + r.newMatches, 0)} new)`);
    console.log(`  full re-query + diff (peer)  ${fmt(peerMs / searches.length, 2).padStart(8)} ms per saved search   (${peer} new matches)   ratio ${fmt(peerMs / oursMs, 1)}×`);
    if (ours !== peer) console.log(`  WARNING: the two found different new matches (${ours} vs ${peer})`);
  } finally {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchAlerts();
