/**
 * Export section of `npm run bench`: rows/s and memory of exporting BENCH_EXPORT_ROWS (default
 * 100,000) matching articles as CSV through the API (the same path as GET /export and
 * `search --format csv`), next to the peer every non-streaming exporter is: load all rows, then
 * write them at once. Documents are the bench's generated ones, repeated under new ids.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { SqliteStore } from '../shared/adapters/sqlite/index.js';
import { createApi } from '../shared/api/api.js';
import { exportChunks } from '../shared/api/export-format.js';
import type { IndexDoc } from '../shared/domain/model.js';
import type { ExportRow } from '../shared/ports/search-index.js';

const ROWS = Number(process.env['BENCH_EXPORT_ROWS'] ?? 100_000);
const MB = 1024 * 1024;
/** Live memory is read after a full collection every this many rows, so garbage not yet collected does not count. */
const CHECKPOINT_ROWS = 10_000;

/** A gc() without restarting node with --expose-gc (the flag only takes effect for new contexts). */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const fmt = (n: number, digits = 1): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/**
 * Peak live heap and peak RSS above the level before `work`. `work` calls `sample(rows)` as it
 * goes; at every checkpoint a full collection runs first, so the heap figure is what is retained.
 */
async function measured<T>(work: (sample: (rows: number) => void) => Promise<T>): Promise<{ result: T; seconds: number; heapMb: number; rssMb: number }> {
  gc();
  const base = process.memoryUsage();
  let heap = base.heapUsed;
  let rss = base.rss;
  let nextCheckpoint = CHECKPOINT_ROWS;
  const sample = (rows: number): void => {
    if (rows < nextCheckpoint) return;
    nextCheckpoint += CHECKPOINT_ROWS;
    gc();
    const now = process.memoryUsage();
    heap = Math.max(heap, now.heapUsed);
    rss = Math.max(rss, now.rss);
  };
  const started = performance.now();
  const result = await work(sample);
  sample(Infinity);
  return { result, seconds: (performance.now() - started) / 1000, heapMb: (heap - base.heapUsed) / MB, rssMb: (rss - base.rss) / MB };
}

export async function benchExport(docs: readonly IndexDoc[]): Promise<void> {
  if (docs.length === 0) return;
  const dir = await mkdtemp(join(tmpdir(), 'ci-bench-export-'));
  const store = SqliteStore.open(join(dir, 'export.db'));
  try {
    for (let start = 0; start < ROWS; start += 1000) {
      const batch = Array.from({ length: Math.min(1000, ROWS - start) }, (_, i) => {
        const doc = docs[(start + i) % docs.length]!;
        return { ...doc, id: `${doc.id}-x${start + i}` };
      });
      await store.index(batch);
    }
    const api = createApi({ store, index: store });
    console.log(`\nExport of ${ROWS.toLocaleString('en-US')} articles as CSV (SQLite; memory: live heap after GC and RSS, growth above the level before each run)`);

    const streamed = await measured(async (sample) => {
      const response = await api.handle({ method: 'GET', path: '/export', query: { format: 'csv', limit: String(ROWS) } });
      let bytes = 0;
      let rows = 0;
      for await (const chunk of response.stream ?? []) {
        bytes += Buffer.byteLength(chunk);
        rows += 500;
        sample(rows);
      }
      return { bytes, rows: Number(response.headers['x-export-rows'] ?? 0) };
    });
    console.log(
      `  culture-index streamed   ${fmt(streamed.result.rows / streamed.seconds, 0).padStart(9)} rows/s   peak heap +${fmt(streamed.heapMb)} MB   peak RSS +${fmt(streamed.rssMb)} MB   (${fmt(streamed.result.bytes / MB)} MB of CSV)`,
    );

    const loadAll = await measured(async (sample) => {
      const rows: ExportRow[] = [];
      for await (const batch of store.exportRows({ text: '', filters: {}, max: ROWS, batchSize: 500 })) {
        rows.push(...batch);
        sample(rows.length);
      }
      let text = '';
      for await (const chunk of exportChunks([rows], 'csv', false)) text += chunk;
      sample(Infinity);
      return { bytes: Buffer.byteLength(text), rows: rows.length };
    });
    console.log(
      `  peer: load all, then write ${fmt(loadAll.result.rows / loadAll.seconds, 0).padStart(6)} rows/s   peak heap +${fmt(loadAll.heapMb)} MB   peak RSS +${fmt(loadAll.rssMb)} MB`,
    );
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** `tsx bench/export.ts` runs this section alone on documents made here. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const { generateCorpus } = await import('./lib/corpus.js');
  const { toIndexDoc } = await import('../shared/domain/index-doc.js');
  const { analysePage } = await import('../shared/pipeline/process-step.js');
  const { createResolver } = await import('../shared/domain/resolve/index.js');
  const resolver = createResolver();
  const docs: IndexDoc[] = [];
  for (const page of generateCorpus(Number(process.env['BENCH_ARTICLES'] ?? 2_000))) {
    const analysed = analysePage({ url: page.url, finalUrl: page.url, fetchedAt: '2026-11-26T00:00:00.000Z', status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: new TextEncoder().encode(page.html) }, resolver);
    if (!('skipped' in analysed)) docs.push(toIndexDoc(analysed.record));
  }
  await benchExport(docs);
}
