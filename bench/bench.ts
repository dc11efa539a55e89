/**
 * `npm run bench` — prints figures, asserts nothing.
 *   1. Local ingest throughput on a generated corpus (default 20,000 articles): parse + extract +
 *      store + index through the same functions the pipeline uses, on a fresh SQLite file.
 *   2. The named peer for the parse step in the same run: @mozilla/readability on linkedom.
 *   3. Search latency p50/p99 on SQLite FTS5, and on OpenSearch side by side when a node answers
 *      at OPENSEARCH_URL (bulk docs/s there too).
 * Options: BENCH_ARTICLES=n, BENCH_QUERIES=n.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { SqliteStore } from '../shared/adapters/sqlite/index.js';
import { toIndexDoc } from '../shared/domain/index-doc.js';
import type { ArticleRecord, IndexDoc, RawPage } from '../shared/domain/model.js';
import { createResolver } from '../shared/domain/resolve/index.js';
import { analysePage } from '../shared/pipeline/process-step.js';
import type { SearchIndex, SearchQuery } from '../shared/ports/search-index.js';
import { generateCorpus, percentile, type CorpusPage } from './lib/corpus.js';

const ARTICLES = Number(process.env['BENCH_ARTICLES'] ?? 20_000);
const QUERIES = Number(process.env['BENCH_QUERIES'] ?? 400);
const PEER_PAGES = Math.min(ARTICLES, 1_000);
const encoder = new TextEncoder();

function rawPage(page: CorpusPage): RawPage {
  return { url: page.url, finalUrl: page.url, fetchedAt: '2026-11-26T00:00:00.000Z', status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: encoder.encode(page.html) };
}

const fmt = (n: number, digits = 1): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  console.log(`culture-index bench · ${ARTICLES.toLocaleString('en-US')} generated articles · node ${process.version}\n`);
  const pages = [...generateCorpus(ARTICLES)];
  const dir = await mkdtemp(join(tmpdir(), 'ci-bench-'));
  const store = SqliteStore.open(join(dir, 'bench.db'));
  const resolver = createResolver();
  try {
    // 1. Ingest: analyse (decode + parse + extract + resolve) then store and index, per article.
    let analyseMs = 0;
    let storeMs = 0;
    const docs: IndexDoc[] = [];
    const started = performance.now();
    for (const page of pages) {
      const t0 = performance.now();
      const analysed = analysePage(rawPage(page), resolver);
      const t1 = performance.now();
      analyseMs += t1 - t0;
      if ('skipped' in analysed) throw new Error(`bench page skipped: ${analysed.skipped}`);
      const record: ArticleRecord = analysed.record;
      await store.putArticle(record);
      const doc = toIndexDoc(record);
      await store.index([doc]);
      docs.push(doc);
      storeMs += performance.now() - t1;
    }
    const ingestSeconds = (performance.now() - started) / 1000;
    const ingestRate = ARTICLES / ingestSeconds;
    console.log('Local ingest (SQLite, one article at a time)');
    console.log(`  total            ${fmt(ingestRate)} articles/s   (${fmt(ingestSeconds)} s)`);
    console.log(`  parse+extract    ${fmt(ARTICLES / (analyseMs / 1000))} articles/s`);
    console.log(`  store+index      ${fmt(ARTICLES / (storeMs / 1000))} articles/s`);

    // 2. Peer: Readability on linkedom, parse only, same pages.
    const peerStart = performance.now();
    for (const page of pages.slice(0, PEER_PAGES)) {
      const { document } = parseHTML(page.html);
      new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    }
    const peerRate = PEER_PAGES / ((performance.now() - peerStart) / 1000);
    console.log(`  peer: Readability+linkedom parse only  ${fmt(peerRate)} pages/s  →  culture-index full ingest is ${fmt(ingestRate / peerRate, 2)}× the peer's parse-only rate\n`);

    // 3. Search latency.
    const queries = makeQueries(pages, QUERIES);
    const sqlite = await measureSearch(store, queries);
    console.log(`Search latency over ${ARTICLES.toLocaleString('en-US')} articles, ${queries.length} queries (text, phrases, filters, facets)`);
    console.log(`  SQLite FTS5      p50 ${fmt(sqlite.p50, 2)} ms   p99 ${fmt(sqlite.p99, 2)} ms`);
    const os = await openSearchPeer();
    if (os) {
      const bulkStart = performance.now();
      for (let i = 0; i < docs.length; i += 1000) {
        const result = await os.index.index(docs.slice(i, i + 1000));
        if (result.failures.length) throw new Error(`OpenSearch rejected ${result.failures.length} docs`);
      }
      await os.index.refresh();
      const bulkRate = docs.length / ((performance.now() - bulkStart) / 1000);
      const osLatency = await measureSearch(os.index, queries);
      console.log(`  OpenSearch 2.19  p50 ${fmt(osLatency.p50, 2)} ms   p99 ${fmt(osLatency.p99, 2)} ms   (bulk ${fmt(bulkRate)} docs/s, batches of 1000)`);
      console.log(`  ratio SQLite/OpenSearch p50 ${fmt(sqlite.p50 / osLatency.p50, 2)}×, p99 ${fmt(sqlite.p99 / osLatency.p99, 2)}×`);
      await os.cleanup();
    } else {
      console.log(`  OpenSearch       not measured: no node at ${process.env['OPENSEARCH_URL'] ?? 'http://127.0.0.1:9200'} (npm run opensearch:start)`);
    }
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function makeQueries(pages: readonly CorpusPage[], count: number): SearchQuery[] {
  const queries: SearchQuery[] = [];
  const filters = [{}, { outlets: ['azernews.az'] }, { languages: ['en'] }, { from: '2023-01-01', to: '2024-12-31' }];
  for (let i = 0; i < count; i += 1) {
    const page = pages[(i * 7919) % pages.length] as CorpusPage;
    const text = i % 4 === 0 ? `"${page.topic}"` : i % 4 === 1 ? `${page.topic} festival` : i % 4 === 2 ? page.topic.split(' ')[0] ?? page.topic : '';
    queries.push({ text, filters: filters[i % filters.length] ?? {}, limit: 20, facetSize: i % 2 === 0 ? 10 : 0 });
  }
  return queries;
}

async function measureSearch(index: SearchIndex, queries: readonly SearchQuery[]): Promise<{ p50: number; p99: number }> {
  for (const query of queries.slice(0, 20)) await index.search(query); // warm caches
  const times: number[] = [];
  for (const query of queries) {
    const t0 = performance.now();
    await index.search(query);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

async function openSearchPeer(): Promise<{ index: SearchIndex; cleanup(): Promise<void> } | null> {
  const node = process.env['OPENSEARCH_URL'] ?? 'http://127.0.0.1:9200';
  try {
    const response = await fetch(`${node}/_cluster/health`, { signal: AbortSignal.timeout(2000) });
    if (!response.ok) return null;
  } catch {
    return null;
  }
  const { createOpenSearchClient, OpenSearchIndex } = await import('../shared/adapters/opensearch/index.js');
  const client = createOpenSearchClient({ node });
  const prefix = `bench-${Date.now()}`;
  const index = new OpenSearchIndex(client, prefix);
  await index.ensureIndex();
  return {
    index,
    cleanup: async () => {
      await client.indices.delete({ index: `${prefix}-*` }).catch(() => {});
      await client.close();
    },
  };
}

await main();
