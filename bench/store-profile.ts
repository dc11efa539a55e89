/**
 * Where store+index time goes as the store grows (issue 8): `npx tsx bench/store-profile.ts`.
 * Stores and indexes the bench's generated corpus one article at a time, exactly as `npm run
 * bench` does (putArticle, index, clear the outbox), and prints per slice the CPU microseconds per
 * article of each stage (CPU, not wall: the machine is shared) and, with BENCH_STATEMENTS=1, the
 * wall time of each SQL statement and each stage's remainder (JavaScript, COMMIT — where FTS5
 * writes its segments and merges —, WAL checkpoints), timed by wrapping the connection's
 * `prepare`, so the adapter code runs unchanged. The analysed articles are cached as JSON lines in
 * the temp directory (BENCH_RECORDS_CACHE: a larger cache, of which the first n are read), so a
 * run times the store alone.
 * Options: BENCH_ARTICLES=n (default 50,000), BENCH_SLICE=n (default 10,000), BENCH_KEEP_DOCS=1
 * (keep every index document in memory, as the full bench does for its OpenSearch stage),
 * BENCH_SQL="…" (statements run once after opening, to try settings without editing the adapter),
 * BENCH_SQL_B="…" (a second store with these settings, fed the same articles in alternation, so
 * both see the same machine load: an A/B comparison in one run), BENCH_CODE_B=path (store B is
 * opened by another copy of shared/adapters/sqlite/index.js, e.g. main's, exported with
 * `git archive main shared | tar -x -C /tmp/ci-old` and a node_modules link: old and new code
 * interleaved in one run).
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import { SqliteStore } from '../shared/adapters/sqlite/index.js';
import { toIndexDoc } from '../shared/domain/index-doc.js';
import type { ArticleRecord, IndexDoc } from '../shared/domain/model.js';
import { createResolver } from '../shared/domain/resolve/index.js';
import { analysePage } from '../shared/pipeline/process-step.js';
import { corpusRawPage, generateCorpus, loadAverage } from './lib/corpus.js';

const ARTICLES = Number(process.env['BENCH_ARTICLES'] ?? 50_000);
const SLICE = Number(process.env['BENCH_SLICE'] ?? 10_000);
const KEEP_DOCS = process.env['BENCH_KEEP_DOCS'] === '1';
const STATEMENTS = process.env['BENCH_STATEMENTS'] === '1';
const SETTINGS = process.env['BENCH_SQL'] ?? '';
const SETTINGS_B = process.env['BENCH_SQL_B'];
const CODE_B = process.env['BENCH_CODE_B'];
const CACHE = process.env['BENCH_RECORDS_CACHE'] ?? join(tmpdir(), `culture-index-bench-records-${ARTICLES}.jsonl`);

/** Milliseconds spent per label in the current slice. */
class Timers {
  readonly spent = new Map<string, number>();
  add(label: string, ms: number): void {
    this.spent.set(label, (this.spent.get(label) ?? 0) + ms);
  }
  take(): Map<string, number> {
    const copy = new Map(this.spent);
    this.spent.clear();
    return copy;
  }
}

/** A short name for a statement: its verb and table, enough to tell the write path's statements apart. */
function statementLabel(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  const match = /^(INSERT OR IGNORE INTO|INSERT INTO|DELETE FROM|UPDATE|SELECT .*? FROM)\s+(\w+)/i.exec(flat);
  return match ? `${match[1]!.startsWith('SELECT') ? 'SELECT' : match[1]} ${match[2]}` : flat.slice(0, 40);
}

/** Times every run/get/all of every statement the connection prepares, and the prepares themselves. */
function instrument(db: Database.Database, timers: Timers, inStatement: { ms: number }): void {
  const prepare = db.prepare.bind(db);
  const timed = (label: string, call: () => unknown): unknown => {
    const t0 = performance.now();
    try {
      return call();
    } finally {
      const ms = performance.now() - t0;
      timers.add(label, ms);
      inStatement.ms += ms;
    }
  };
  (db as { prepare: (sql: string) => unknown }).prepare = (sql: string) => {
    const statement = timed('(prepare)', () => prepare(sql)) as Database.Statement;
    const label = statementLabel(sql);
    for (const method of ['run', 'get', 'all'] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => timed(label, () => original(...args));
    }
    return statement;
  };
}


/** The analysed articles of the generated corpus, analysed once and then read from the cache. */
async function* records(): AsyncGenerator<ArticleRecord> {
  if (!existsSync(CACHE)) {
    const resolver = createResolver();
    const lines: string[] = [];
    for (const page of generateCorpus(ARTICLES)) {
      const analysed = analysePage(corpusRawPage(page), resolver);
      if ('skipped' in analysed) throw new Error(`bench page skipped: ${analysed.skipped}`);
      lines.push(JSON.stringify(analysed.record));
    }
    await writeFile(CACHE, `${lines.join('\n')}\n`);
  }
  let read = 0;
  for await (const line of createInterface({ input: createReadStream(CACHE) })) {
    if (line === '') continue;
    yield JSON.parse(line) as ArticleRecord;
    read += 1;
    if (read === ARTICLES) return;
  }
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Read and write system calls and bytes of this process so far (Linux): page-cache misses and WAL writes, counted, not timed. */
function ioCounters(): Map<string, number> {
  const counters = new Map<string, number>();
  try {
    for (const line of readFileSync('/proc/self/io', 'utf8').split('\n')) {
      const [name, value] = line.split(':');
      if (name !== undefined && value !== undefined && ['syscr', 'syscw', 'rchar', 'wchar'].includes(name)) counters.set(name, Number(value));
    }
  } catch {
    // Not Linux: no counters.
  }
  return counters;
}

/** One store under test: its settings and its own file. */
interface Subject {
  readonly name: string;
  readonly store: SqliteStore;
}

async function main(): Promise<void> {
  const settings = [SETTINGS, ...(SETTINGS_B === undefined && CODE_B === undefined ? [] : [SETTINGS_B ?? ''])];
  const openB = CODE_B === undefined ? SqliteStore.open : ((await import(CODE_B)) as { SqliteStore: typeof SqliteStore }).SqliteStore.open;
  console.log(`store+index profile · ${ARTICLES.toLocaleString('en-US')} articles, slices of ${SLICE.toLocaleString('en-US')} · keep docs ${KEEP_DOCS} · ${loadAverage()}`);
  const dir = await mkdtemp(join(tmpdir(), 'ci-store-profile-'));
  const subjects: Subject[] = settings.map((sql, i) => {
    const name = settings.length > 1 ? 'AB'[i]! : '';
    console.log(`  store ${name || '(only)'}: settings "${sql}"${i === 1 && CODE_B !== undefined ? `, code ${CODE_B}` : ''}`);
    const store = (i === 1 ? openB : SqliteStore.open)(join(dir, `profile-${i}.db`));
    if (sql !== '') store.db.exec(sql);
    console.log(`    wal_autocheckpoint ${String(store.db.pragma('wal_autocheckpoint', { simple: true }))}, cache_size ${String(store.db.pragma('cache_size', { simple: true }))}`);
    return { name, store };
  });
  const timers = new Timers();
  const inStatement = { ms: 0 };
  if (STATEMENTS) for (const s of subjects) instrument(s.store.db, timers, inStatement);
  const kept: IndexDoc[] = [];
  const slices: Map<string, number>[] = [];
  let count = 0;
  /** A stage's CPU, and its wall time outside its statements (JavaScript, COMMIT, WAL checkpoints). */
  const stage = async <T>(subject: Subject, label: string, work: () => Promise<T>): Promise<T> => {
    const before = inStatement.ms;
    const io0 = ioCounters();
    const c0 = cpuMs();
    const t0 = performance.now();
    const result = await work();
    const total = performance.now() - t0;
    const cpu = cpuMs() - c0;
    const prefix = subject.name === '' ? '' : `${subject.name} `;
    timers.add(`${prefix}CPU store+index`, cpu);
    timers.add(`${prefix}CPU ${label}`, cpu);
    timers.add(`${prefix}wall store+index`, total);
    for (const [name, value] of ioCounters()) timers.add(`${prefix}${name} ${label} (count)`, (value - (io0.get(name) ?? 0)) / 1000);
    if (STATEMENTS) timers.add(`${prefix}${label} (rest, wall)`, total - (inStatement.ms - before));
    return result;
  };
  // Garbage collection per slice, wherever it lands (a growing heap is a bench cost, not a store cost).
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) timers.add('(gc, whole loop, wall)', entry.duration);
  });
  gc.observe({ entryTypes: ['gc'] });
  const started = performance.now();
  try {
    for await (const record of records()) {
      const doc = toIndexDoc(record);
      for (const subject of count % 2 === 0 ? subjects : [...subjects].reverse()) {
        const { store } = subject;
        await stage(subject, 'putArticle', () => store.putArticle(record));
        await stage(subject, 'index', () => store.index([doc]));
        await stage(subject, 'outbox', async () => store.clearIndexed(await store.pendingIndex(10)));
      }
      if (KEEP_DOCS) kept.push(doc);
      count += 1;
      if (count % SLICE === 0) {
        slices.push(timers.take());
        console.error(`  … ${count.toLocaleString('en-US')} in ${((performance.now() - started) / 1000).toFixed(0)} s (${loadAverage()})`);
      }
    }
  } finally {
    gc.disconnect();
    for (const { store } of subjects) await store.close();
    await rm(dir, { recursive: true, force: true });
  }
  const labels = [...new Set(slices.flatMap((s) => [...s.keys()]))].sort();
  console.log(`per article by slice: µs (timers), or a count (I/O counters: calls, bytes) · ${loadAverage()}`);
  console.log(`${'component'.padEnd(44)}${slices.map((_, i) => `${((i * SLICE) / 1000).toString()}k+`.padStart(9)).join('')}   last/first`);
  for (const label of labels) {
    const values = slices.map((s) => (1000 * (s.get(label) ?? 0)) / SLICE);
    const ratio = values[0]! > 0 ? `${(values.at(-1)! / values[0]!).toFixed(2)}×` : '';
    console.log(`${label.padEnd(44)}${values.map((v) => v.toFixed(1).padStart(9)).join('')}   ${ratio.padStart(9)}`);
  }
}

await main();
