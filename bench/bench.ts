/**
 * `npm run bench` — prints figures, asserts nothing. Each stage is measured next to a named peer
 * in the same run, on the same generated corpus (default 20,000 articles):
 *   parse     culture-index parseArticle        vs @mozilla/readability on linkedom
 *   extract   culture-index extractEntities     vs compromise people/organizations/places
 *   ingest    decode + parse + extract + resolve + store + index on a fresh SQLite file (articles/s)
 *   search    SQLite FTS5 p50/p99               vs OpenSearch 2.19 (when a node answers at OPENSEARCH_URL),
 *             plus OpenSearch bulk indexing docs/s
 *   cli       culture-index start-up (--help, --version, a search)  vs node -e 0 (bench/cli-startup.ts)
 *   export    100,000 rows as CSV through the API, streamed: rows/s and memory vs load-all-then-write (bench/export.ts)
 *   alerts    per saved search: new articles × query via the ledger vs full re-query + diff (bench/alerts.ts)
 *   clusters  syndication clustering of 100,000 articles (SQLite and in-memory) vs exact-text hashing (bench/clusters.ts)
 *   entities  /entities first and deep pages (point-in-time snapshot) vs LIMIT/OFFSET on the live order (bench/entity-paging.ts)
 * Options: BENCH_ARTICLES=n (default 100,000), BENCH_QUERIES=n, BENCH_PEER_PAGES=n (pages for the
 * slower peers), BENCH_SLICE=n (articles per store+index throughput slice, default 20,000).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import nlp from 'compromise';
import { parseHTML } from 'linkedom';
import { SqliteStore } from '../shared/adapters/sqlite/index.js';
import { extractEntities } from '../shared/domain/extract/index.js';
import { toIndexDoc } from '../shared/domain/index-doc.js';
import type { IndexDoc } from '../shared/domain/model.js';
import { parseArticle } from '../shared/domain/parse/index.js';
import { createResolver } from '../shared/domain/resolve/index.js';
import { analysePage } from '../shared/pipeline/process-step.js';
import type { SearchIndex, SearchQuery } from '../shared/ports/search-index.js';
import { benchCliStartup } from './cli-startup.js';
import { benchClusters } from './clusters.js';
import { benchExport } from './export.js';
import { benchAlerts } from './alerts.js';
import { benchEntityPaging } from './entity-paging.js';
import { corpusRawPage, generateCorpus, loadAverage, percentile } from './lib/corpus.js';
import { makeQueries } from './lib/search-queries.js';
import { openSearchPeer } from './lib/opensearch-peer.js';

const ARTICLES = Number(process.env['BENCH_ARTICLES'] ?? 100_000);
const SLICE = Number(process.env['BENCH_SLICE'] ?? 20_000);
const QUERIES = Number(process.env['BENCH_QUERIES'] ?? 400);
const PEER_PAGES = Math.min(ARTICLES, Number(process.env['BENCH_PEER_PAGES'] ?? 2_000));


const fmt = (n: number, digits = 1): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Items per second of `work` over `items` (after a short warm-up). */
function rate<T>(items: readonly T[], work: (item: T) => unknown): number {
  for (const item of items.slice(0, 50)) work(item);
  const started = performance.now();
  for (const item of items) work(item);
  return items.length / ((performance.now() - started) / 1000);
}

function stageLine(stage: string, ours: number, peerName: string, peer: number, unit: string): void {
  console.log(`  ${stage.padEnd(8)} culture-index ${fmt(ours).padStart(9)} ${unit}   ${peerName} ${fmt(peer).padStart(8)} ${unit}   ratio ${fmt(ours / peer, 1)}×`);
}


async function main(): Promise<void> {
  console.log(`culture-index bench · ${ARTICLES.toLocaleString('en-US')} generated articles · node ${process.version} · ${loadAverage()}\n`);
  const built = performance.now();
  const peerPages = [...generateCorpus(PEER_PAGES)];

  console.log(`Stages against named peers (same ${PEER_PAGES.toLocaleString('en-US')} pages, same run)`);
  const ourParse = rate(peerPages, (page) => parseArticle(page.html, { url: page.url }));
  const readability = rate(peerPages, (page) => new Readability(parseHTML(page.html).document as unknown as ConstructorParameters<typeof Readability>[0]).parse());
  stageLine('parse', ourParse, 'Readability+linkedom', readability, 'pages/s');
  const texts = peerPages.map((page) => parseArticle(page.html, { url: page.url }).paragraphs.join('\n\n'));
  const ourExtract = rate(texts, (text) => extractEntities({ text }));
  const compromise = rate(texts, (text) => {
    const doc = nlp(text);
    return [doc.people().out('array'), doc.organizations().out('array'), doc.places().out('array')];
  });
  stageLine('extract', ourExtract, 'compromise          ', compromise, 'docs/s ');

  const dir = await mkdtemp(join(tmpdir(), 'ci-bench-'));
  const store = SqliteStore.open(join(dir, 'bench.db'));
  const docs: IndexDoc[] = [];
  const topics: string[] = [];
  try {
    const ingest = await ingestCorpus(store, docs, topics);
    console.log(`\nLocal ingest into SQLite, one article at a time (${ARTICLES.toLocaleString('en-US')} articles)`);
    console.log(`  total                              ${fmt(ARTICLES / ingest.seconds)} articles/s   (${fmt(ingest.seconds)} s)`);
    console.log(`  decode+parse+extract+resolve       ${fmt(ARTICLES / (ingest.analyseMs / 1000))} articles/s`);
    console.log(`  store+index                        ${fmt(ARTICLES / (ingest.storeMs / 1000))} articles/s`);
    for (const slice of ingest.slices) console.log(`    store+index ${slice.label.padEnd(22)} ${fmt(slice.rate).padStart(9)} articles/s`);

    const queries = makeQueries(topics, QUERIES);
    const sqlite = await measureSearch(store, queries);
    console.log(`\nSearch latency over ${ARTICLES.toLocaleString('en-US')} articles, ${queries.length} queries (words, phrases, filters; half with facets, exact counts) · ${loadAverage()}`);
    searchLine('SQLite FTS5    ', sqlite);
    const os = await openSearchPeer();
    if (os) {
      try {
        const bulkStart = performance.now();
        for (let i = 0; i < docs.length; i += 1000) {
          const result = await os.index.index(docs.slice(i, i + 1000));
          if (result.failures.length) throw new Error(`OpenSearch rejected ${result.failures.length} docs`);
        }
        await os.index.refresh();
        const bulkRate = docs.length / ((performance.now() - bulkStart) / 1000);
        const osLatency = await measureSearch(os.index, queries);
        searchLine('OpenSearch 2.19', osLatency);
        console.log(`  (OpenSearch bulk indexing ${fmt(bulkRate)} docs/s in batches of 1,000; SQLite store+index above)`);
        console.log(`  ratio OpenSearch/SQLite latency (all queries): p50 ${fmt(osLatency.all.p50 / sqlite.all.p50, 2)}×, p99 ${fmt(osLatency.all.p99 / sqlite.all.p99, 2)}×`);
      } finally {
        await os.cleanup();
      }
    } else {
      console.log(`  OpenSearch       not measured: no node at ${process.env['OPENSEARCH_URL'] ?? 'http://127.0.0.1:9200'} (npm run opensearch:start)`);
    }
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
  console.log(`\nCorpus generation, ingest, search and OpenSearch indexing took ${fmt((performance.now() - built) / 1000)} s`);
  await benchExport(docs);
  await benchAlerts();
  await benchEntityPaging();
}

interface Slice {
  readonly label: string;
  readonly rate: number;
}

/**
 * What the local pipeline does per article once the page is fetched, over the whole generated
 * corpus, with store+index throughput per slice of SLICE articles: it must not fall as the store
 * grows. Pages are generated as they are ingested, so only their index documents stay in memory.
 */
async function ingestCorpus(store: SqliteStore, docs: IndexDoc[], topics: string[]): Promise<{ seconds: number; analyseMs: number; storeMs: number; slices: Slice[] }> {
  const resolver = createResolver();
  const slices: Slice[] = [];
  let analyseMs = 0;
  let storeMs = 0;
  let sliceMs = 0;
  const started = performance.now();
  for (const page of generateCorpus(ARTICLES)) {
    const t0 = performance.now();
    const analysed = analysePage(corpusRawPage(page), resolver);
    const t1 = performance.now();
    analyseMs += t1 - t0;
    if ('skipped' in analysed) throw new Error(`bench page skipped: ${analysed.skipped}`);
    await store.putArticle(analysed.record);
    const doc = toIndexDoc(analysed.record);
    await store.index([doc]);
    // The index now holds the document: clear its outbox entry, as the local pipeline does.
    await store.clearIndexed(await store.pendingIndex(10));
    docs.push(doc);
    topics.push(page.topic);
    const spent = performance.now() - t1;
    storeMs += spent;
    sliceMs += spent;
    if (docs.length % SLICE === 0 || docs.length === ARTICLES) {
      const size = docs.length % SLICE === 0 ? SLICE : docs.length % SLICE;
      const from = docs.length - size;
      const slice = { label: `${(from / 1000).toLocaleString('en-US')}k–${(docs.length / 1000).toLocaleString('en-US')}k`, rate: size / (sliceMs / 1000) };
      slices.push(slice);
      // Progress of a long run, on stderr so the figures on stdout stay one block.
      console.error(`  … ${slice.label} stored and indexed (${fmt(slice.rate)} articles/s store+index; ${fmt((performance.now() - started) / 1000)} s; ${loadAverage()})`);
      sliceMs = 0;
    }
  }
  return { seconds: (performance.now() - started) / 1000, analyseMs, storeMs, slices };
}

function searchLine(engine: string, latency: Latency): void {
  const part = (name: string, p: Percentiles) => `${name} p50 ${fmt(p.p50, 2).padStart(7)} ms  p99 ${fmt(p.p99, 2).padStart(7)} ms`;
  console.log(`  ${engine}  ${part('all', latency.all)}   ·  ${part('with facets', latency.facets)}   ·  ${part('without', latency.plain)}`);
}

interface Percentiles {
  readonly p50: number;
  readonly p99: number;
}
interface Latency {
  readonly all: Percentiles;
  readonly facets: Percentiles;
  readonly plain: Percentiles;
}

function percentiles(times: number[]): Percentiles {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

async function measureSearch(index: SearchIndex, queries: readonly SearchQuery[]): Promise<Latency> {
  for (const query of queries.slice(0, 20)) await index.search(query); // warm caches
  const facets: number[] = [];
  const plain: number[] = [];
  for (const query of queries) {
    const t0 = performance.now();
    await index.search(query);
    (query.facetSize > 0 ? facets : plain).push(performance.now() - t0);
  }
  return { all: percentiles([...facets, ...plain]), facets: percentiles(facets), plain: percentiles(plain) };
}

await main();
await benchCliStartup();
await benchClusters();
