/**
 * The search part of `npm run bench` on its own, in a few minutes: `npm run bench:search`.
 * The index documents of the generated corpus (the same pages, analysed by the same pipeline as
 * the full bench) are cached as JSON lines in the temp directory the first time (BENCH_DOCS_CACHE
 * to choose the file; it says so when it reuses one), then indexed into a fresh SQLite file in
 * batches of 1,000 and searched with the bench's query mix. It prints wall and CPU milliseconds
 * per query, per query kind, with the load, and OpenSearch on the same documents when a node
 * answers at OPENSEARCH_URL.
 */
import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { SqliteStore } from '../shared/adapters/sqlite/index.js';
import { toIndexDoc } from '../shared/domain/index-doc.js';
import type { IndexDoc } from '../shared/domain/model.js';
import { createResolver } from '../shared/domain/resolve/index.js';
import { analysePage } from '../shared/pipeline/process-step.js';
import type { SearchIndex, SearchQuery } from '../shared/ports/search-index.js';
import { corpusRawPage, generateCorpus, loadAverage, percentile } from './lib/corpus.js';
import { makeQueries, QUERY_KINDS } from './lib/search-queries.js';
import { openSearchPeer } from './lib/opensearch-peer.js';

const ARTICLES = Number(process.env['BENCH_ARTICLES'] ?? 100_000);
const QUERIES = Number(process.env['BENCH_QUERIES'] ?? 400);
const CACHE = process.env['BENCH_DOCS_CACHE'] ?? join(tmpdir(), `culture-index-bench-docs-${ARTICLES}.jsonl`);

interface CachedDoc {
  readonly doc: IndexDoc;
  readonly topic: string;
}

const fmt = (n: number, digits = 1): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });


async function buildCache(): Promise<void> {
  const resolver = createResolver();
  const lines: string[] = [];
  for (const page of generateCorpus(ARTICLES)) {
    const analysed = analysePage(corpusRawPage(page), resolver);
    if ('skipped' in analysed) throw new Error(`bench page skipped: ${analysed.skipped}`);
    lines.push(JSON.stringify({ doc: toIndexDoc(analysed.record), topic: page.topic }));
    if (lines.length % 10_000 === 0) console.error(`  … ${lines.length.toLocaleString('en-US')} pages analysed (${loadAverage()})`);
  }
  await writeFile(CACHE, `${lines.join('\n')}\n`);
}

async function readCache(): Promise<CachedDoc[]> {
  const docs: CachedDoc[] = [];
  for await (const line of createInterface({ input: createReadStream(CACHE) })) if (line !== '') docs.push(JSON.parse(line) as CachedDoc);
  return docs;
}

export async function cachedCorpus(): Promise<CachedDoc[]> {
  if (existsSync(CACHE)) console.log(`(reusing the analysed documents cached in ${CACHE}; delete it to analyse the pages again)`);
  else await buildCache();
  return readCache();
}

async function indexAll(index: SearchIndex, docs: readonly IndexDoc[]): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < docs.length; i += 1000) {
    const result = await index.index(docs.slice(i, i + 1000));
    if (result.failures.length > 0) throw new Error(`index rejected ${result.failures.length} docs`);
  }
  await index.refresh();
  return docs.length / ((performance.now() - started) / 1000);
}

interface Timing {
  readonly kind: string;
  readonly facets: boolean;
  readonly wall: number;
  readonly cpu: number;
  readonly total: number;
}

async function timeQueries(index: SearchIndex, queries: readonly SearchQuery[]): Promise<Timing[]> {
  for (const query of queries.slice(0, 20)) await index.search(query); // warm caches
  const timings: Timing[] = [];
  for (const [i, query] of queries.entries()) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const result = await index.search(query);
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    timings.push({ kind: QUERY_KINDS[i % QUERY_KINDS.length]!, facets: query.facetSize > 0, wall, cpu: (cpu.user + cpu.system) / 1000, total: result.total });
  }
  return timings;
}

function p(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${fmt(percentile(sorted, 50), 2).padStart(7)}  p99 ${fmt(percentile(sorted, 99), 2).padStart(7)}`;
}

function report(engine: string, timings: readonly Timing[]): void {
  console.log(`  ${engine}`);
  const line = (label: string, ts: readonly Timing[]) =>
    console.log(`    ${label.padEnd(44)} wall ms ${p(ts.map((t) => t.wall))}   CPU ms ${p(ts.map((t) => t.cpu))}`);
  line('all', timings);
  line('with exact facets', timings.filter((t) => t.facets));
  line('without facets', timings.filter((t) => !t.facets));
  for (const kind of QUERY_KINDS) {
    const ts = timings.filter((t) => t.kind === kind);
    line(`${kind} (~${Math.round(percentile([...ts.map((t) => t.total)].sort((a, b) => a - b), 50)).toLocaleString('en-US')} hits)`, ts);
  }
}

async function main(): Promise<void> {
  console.log(`culture-index search bench · ${ARTICLES.toLocaleString('en-US')} generated articles · node ${process.version} · ${loadAverage()}`);
  const corpus = await cachedCorpus();
  const docs = corpus.map((c) => c.doc);
  const queries = makeQueries(corpus.map((c) => c.topic), QUERIES);
  const dir = await mkdtemp(join(tmpdir(), 'ci-search-bench-'));
  const store = SqliteStore.open(join(dir, 'search.db'));
  try {
    const rate = await indexAll(store, docs);
    console.log(`SQLite index in batches of 1,000: ${fmt(rate)} docs/s · ${loadAverage()}`);
    await timeQueries(store, queries); // first round: loads the doc values
    const sqlite = await timeQueries(store, queries);
    console.log(`Search over ${ARTICLES.toLocaleString('en-US')} articles, ${queries.length} queries (second round) · ${loadAverage()}`);
    report('SQLite FTS5', sqlite);
    const os = await openSearchPeer();
    if (os) {
      try {
        const osRate = await indexAll(os.index, docs);
        console.log(`OpenSearch bulk index: ${fmt(osRate)} docs/s · ${loadAverage()}`);
        await timeQueries(os.index, queries);
        const timings = await timeQueries(os.index, queries);
        report('OpenSearch 2.19 (CPU: this process only, not the node)', timings);
      } finally {
        await os.cleanup();
      }
    }
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
