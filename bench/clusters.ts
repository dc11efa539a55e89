/**
 * Clustering section of `npm run bench`: syndication clustering throughput on BENCH_CLUSTER_ARTICLES
 * (default 100,000) generated articles (originals, reprints, translations, same-topic stories:
 * bench/lib/reprints.ts), incrementally as the pipeline does it — fingerprint, candidates, choose,
 * store — on the SQLite ClusterStore (a fresh file) and on the in-memory one. Named peer in the
 * same run: exact-text grouping (hash of the normalised text), all content-hash dedupe can find.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MemoryClusterStore } from '../shared/adapters/memory/cluster-store.js';
import { SqliteStore } from '../shared/adapters/sqlite/index.js';
import { chooseCluster, fingerprint, LOOKUP } from '../shared/domain/clusters/assign.js';
import { words } from '../shared/domain/clusters/minhash.js';
import type { ClusterStore } from '../shared/ports/cluster-store.js';
import { generateLabelledSet, type LabelledArticle } from './lib/reprints.js';

const ARTICLES = Number(process.env['BENCH_CLUSTER_ARTICLES'] ?? 100_000);
/** The SQLite run may take the first n articles only (a loaded machine); default: all of them. */
const SQLITE_ARTICLES = Number(process.env['BENCH_CLUSTER_SQLITE_ARTICLES'] ?? ARTICLES);
/** The generator makes about 3.8 articles per story. */
const ARTICLES_PER_STORY = 3.8;

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

/** Articles per slice of the throughput curve: a store whose cost grows with its size shows a falling curve. */
const SLICE = Number(process.env['BENCH_CLUSTER_SLICE'] ?? 20_000);

interface ClusterRun {
  readonly perSecond: number;
  readonly fingerprintShare: number;
  /** Articles per second within each successive slice of SLICE articles. */
  readonly slices: readonly number[];
}

async function clusterAll(store: ClusterStore, items: readonly LabelledArticle[]): Promise<ClusterRun> {
  let fingerprintMs = 0;
  const slices: number[] = [];
  const started = performance.now();
  let sliceStarted = started;
  for (const [index, item] of items.entries()) {
    const before = performance.now();
    const print = fingerprint({ article: item.article, entityIds: item.entityIds });
    fingerprintMs += performance.now() - before;
    const clusterId = chooseCluster(print.member, await store.candidates(print.lookupKeys, LOOKUP.candidates));
    await store.putMember({ ...print.member, clusterId }, print.keys);
    if ((index + 1) % SLICE === 0 || index + 1 === items.length) {
      const now = performance.now();
      slices.push(((index % SLICE) + 1) / ((now - sliceStarted) / 1000));
      sliceStarted = now;
    }
  }
  const ms = performance.now() - started;
  return { perSecond: items.length / (ms / 1000), fingerprintShare: fingerprintMs / ms, slices };
}

const curve = (run: ClusterRun): string => run.slices.map((rate, i) => `from ${fmt((i * SLICE) / 1000)}k ${fmt(rate)}`).join(', ');

function exactTextRate(items: readonly LabelledArticle[]): number {
  const started = performance.now();
  const groups = new Map<string, string>();
  for (const item of items) {
    const key = createHash('sha256').update(words(item.article.text).join(' ')).digest('hex');
    if (!groups.has(key)) groups.set(key, item.article.id);
  }
  return items.length / ((performance.now() - started) / 1000);
}

export async function benchClusters(count = ARTICLES): Promise<void> {
  const items = generateLabelledSet(Math.ceil(count / ARTICLES_PER_STORY), 7).articles.slice(0, count);
  console.log(`\nSyndication clustering, incremental, ${fmt(items.length)} generated articles (MinHash 128 hashes, LSH 32×4 bands + entity keys)`);
  const memory = await clusterAll(new MemoryClusterStore(), items);
  console.log(`  in-memory ClusterStore  ${fmt(memory.perSecond).padStart(7)} articles/s   (signatures ${Math.round(memory.fingerprintShare * 100)}% of the time)`);
  console.log(`    per slice of ${fmt(SLICE)} (articles/s): ${curve(memory)}`);
  const dir = await mkdtemp(join(tmpdir(), 'ci-bench-clusters-'));
  const db = SqliteStore.open(join(dir, 'clusters.db'));
  try {
    const subset = items.slice(0, SQLITE_ARTICLES);
    const sqlite = await clusterAll(db.clusters, subset);
    console.log(`  SQLite ClusterStore     ${fmt(sqlite.perSecond).padStart(7)} articles/s   (${fmt(subset.length)} articles; signatures ${Math.round(sqlite.fingerprintShare * 100)}% of the time)`);
    console.log(`    per slice of ${fmt(SLICE)} (articles/s): ${curve(sqlite)}`);
  } finally {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  }
  console.log(`  peer: exact-text hash   ${fmt(exactTextRate(items)).padStart(7)} articles/s   (finds verbatim copies only: see npm run eval:clusters)`);
}

/** `tsx bench/clusters.ts` runs this section alone. */
if (import.meta.url === `file://${process.argv[1]}`) await benchClusters();
