/**
 * A SQLite index of the bench's generated corpus, built once and kept in a cache folder: the
 * speed figures of `npm run eval:web` need 100,000 articles, which take minutes to ingest.
 * The file is only used once a marker says it was finished (an interrupted build starts over).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../shared/adapters/sqlite/index.js';
import { SCHEMA_VERSION } from '../../shared/adapters/sqlite/schema.js';
import { toIndexDoc } from '../../shared/domain/index-doc.js';
import type { IndexDoc } from '../../shared/domain/model.js';
import { createResolver } from '../../shared/domain/resolve/index.js';
import { analysePage } from '../../shared/pipeline/process-step.js';
import { generateCorpus } from '../lib/corpus.js';

const INDEX_BATCH = 500;
const encoder = new TextEncoder();

export function evalCacheDir(): string {
  return process.env['EVAL_WEB_CACHE'] ?? join(tmpdir(), 'culture-index-eval-web');
}

/** Path of the finished database of `count` generated articles, building it first if needed. */
export async function generatedIndex(count: number, progress: (done: number) => void = () => {}): Promise<string> {
  const dir = evalCacheDir();
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `generated-${count}-schema${SCHEMA_VERSION}.db`);
  const marker = `${path}.complete`;
  if (existsSync(marker) && existsSync(path)) return path;
  for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
  const store = SqliteStore.open(path);
  const resolver = createResolver();
  let batch: IndexDoc[] = [];
  let done = 0;
  try {
    for (const page of generateCorpus(count)) {
      const raw = { url: page.url, finalUrl: page.url, fetchedAt: '2026-11-26T00:00:00.000Z', status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: encoder.encode(page.html) };
      const analysed = analysePage(raw, resolver);
      if ('skipped' in analysed) throw new Error(`generated page skipped: ${analysed.skipped}`);
      await store.putArticle(analysed.record);
      batch.push(toIndexDoc(analysed.record));
      if (batch.length === INDEX_BATCH) {
        await store.index(batch);
        batch = [];
      }
      done += 1;
      if (done % 5_000 === 0) progress(done);
    }
    if (batch.length > 0) await store.index(batch);
    // The outbox would make the server re-index every article on open: the index is current.
    await store.clearIndexed(await store.pendingIndex(Number.MAX_SAFE_INTEGER));
  } finally {
    await store.close();
  }
  writeFileSync(marker, new Date().toISOString());
  return path;
}
