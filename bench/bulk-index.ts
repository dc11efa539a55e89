/**
 * Bulk indexing as the search bench does it, alone and measured (issue 8):
 * `npx tsx bench/bulk-index.ts`. Feeds the bench's cached index documents
 * (BENCH_DOCS_CACHE, default the 100,000-document cache `npm run bench:search` writes) in batches
 * of 1,000 to a fresh SQLite store and prints per slice the CPU milliseconds per document and the
 * wall docs/s, then the database's size after a checkpoint: the files and, per table and index,
 * the bytes `dbstat` counts.
 * Options: BENCH_ARTICLES=n (default 100,000: the first n documents of the cache), BENCH_SLICE=n
 * (default 10,000), BENCH_DIR=path (where the stores are made and kept; default a fresh temp
 * folder, removed at the end), BENCH_CODE_B=path (a second store opened by another copy of
 * shared/adapters/sqlite/index.js, e.g. main's from `git archive main shared`: each batch goes to
 * both stores, alternating which goes first, so old and new code see the same machine load).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { SqliteStore } from '../shared/adapters/sqlite/index.js';
import type { IndexDoc } from '../shared/domain/model.js';
import { loadAverage } from './lib/corpus.js';

const ARTICLES = Number(process.env['BENCH_ARTICLES'] ?? 100_000);
const SLICE = Number(process.env['BENCH_SLICE'] ?? 10_000);
const BATCH = 1000;
const CACHE = process.env['BENCH_DOCS_CACHE'] ?? join(tmpdir(), 'culture-index-bench-docs-100000.jsonl');
const CODE_B = process.env['BENCH_CODE_B'];
const KEEP_DIR = process.env['BENCH_DIR'];

const fmt = (n: number, digits = 1): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function readDocs(): Promise<IndexDoc[]> {
  if (!existsSync(CACHE)) throw new Error(`no document cache at ${CACHE}: run \`npm run bench:search\` once to write it`);
  const docs: IndexDoc[] = [];
  for await (const line of createInterface({ input: createReadStream(CACHE) })) {
    if (line === '') continue;
    docs.push((JSON.parse(line) as { doc: IndexDoc }).doc);
    if (docs.length >= ARTICLES) break;
  }
  return docs;
}

/** One store under test and what its batches cost in the current slice. */
interface Subject {
  readonly name: string;
  readonly path: string;
  readonly store: SqliteStore;
  cpuMs: number;
  wallMs: number;
}

async function indexBatch(subject: Subject, batch: readonly IndexDoc[]): Promise<void> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await subject.store.index(batch);
  subject.wallMs += performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  subject.cpuMs += (cpu.user + cpu.system) / 1000;
  if (result.failures.length > 0) throw new Error(`${subject.name} rejected ${result.failures.length} docs`);
}

function fileBytes(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

/** The database's files after a full checkpoint, and the largest tables and indexes by dbstat. */
function reportSize(subject: Subject): void {
  const { db } = subject.store;
  db.pragma('wal_checkpoint(TRUNCATE)');
  const mb = (bytes: number): string => `${fmt(bytes / 1e6)} MB`;
  console.log(`  ${subject.name}: database file ${mb(fileBytes(subject.path))}, WAL ${mb(fileBytes(`${subject.path}-wal`))}`);
  try {
    const rows = db
      .prepare<[], { name: string; bytes: number; payload: number }>('SELECT name, sum(pgsize) AS bytes, sum(payload) AS payload FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT 12')
      .all();
    for (const row of rows) console.log(`    ${row.name.padEnd(36)} ${mb(row.bytes).padStart(10)}   (payload ${mb(row.payload)})`);
  } catch (error) {
    console.log(`    (dbstat not available: ${(error as Error).message})`);
  }
}

async function main(): Promise<void> {
  console.log(`culture-index bulk index · batches of ${BATCH} · ${loadAverage()}`);
  const docs = await readDocs();
  const dir = KEEP_DIR ?? (await mkdtemp(join(tmpdir(), 'ci-bulk-index-')));
  const openB = CODE_B === undefined ? null : ((await import(CODE_B)) as { SqliteStore: typeof SqliteStore }).SqliteStore.open;
  const subject = (name: string, open: (path: string) => SqliteStore): Subject => {
    const path = join(dir, `${name}.db`);
    return { name, path, store: open(path), cpuMs: 0, wallMs: 0 };
  };
  const subjects = [subject('this', SqliteStore.open), ...(openB === null ? [] : [subject('b', openB)])];
  console.log(`  ${docs.length.toLocaleString('en-US')} documents from ${CACHE}; stores in ${dir}${CODE_B === undefined ? '' : `; store b: ${CODE_B}`}`);
  let sliceDocs = 0;
  try {
    for (let i = 0; i < docs.length; i += BATCH) {
      const batch = docs.slice(i, i + BATCH);
      // Alternate which store goes first, so neither always follows the other's cache traffic.
      const order = (i / BATCH) % 2 === 0 ? subjects : [...subjects].reverse();
      for (const s of order) await indexBatch(s, batch);
      const done = i + batch.length;
      sliceDocs += batch.length;
      if (done % SLICE === 0 || done === docs.length) {
        const parts = subjects.map((s) => `${s.name} CPU ${fmt(s.cpuMs / sliceDocs, 3)} ms/doc, wall ${fmt(sliceDocs / (s.wallMs / 1000))} docs/s`);
        console.log(`  to ${done.toLocaleString('en-US').padStart(7)}: ${parts.join(' · ')} · ${loadAverage()}`);
        sliceDocs = 0;
        for (const s of subjects) {
          s.cpuMs = 0;
          s.wallMs = 0;
        }
      }
    }
    console.log(`Database size at ${docs.length.toLocaleString('en-US')} documents · ${loadAverage()}`);
    for (const s of subjects) reportSize(s);
  } finally {
    for (const s of subjects) await s.store.close();
    if (KEEP_DIR === undefined) await rm(dir, { recursive: true, force: true });
  }
}

await main();
