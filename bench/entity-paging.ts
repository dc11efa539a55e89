/**
 * `/entities` paging cost: the first page (which records the snapshot of the order) and deep pages
 * (which read it), through the API on a SQLite store, next to the peer measured in the same run:
 * LIMIT/OFFSET over the live order (entities_by_count index), which is what a page at that depth
 * costs without a snapshot — and which repeats and skips entities while counts change.
 *
 *   npm run bench:entities    (BENCH_ARTICLES generated article records, default 100,000, naming
 *                             up to BENCH_ENTITY_POOL entities, default 20,000)
 *
 * `npm run bench` runs it too, after the export and alert sections.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SqliteStore } from '../shared/adapters/sqlite/index.js';
import { createApi } from '../shared/api/api.js';
import { sha256Hex, stableId } from '../shared/domain/hash.js';
import type { Article, ArticleRecord, EntityType, Mention } from '../shared/domain/model.js';
import { loadAverage, percentile } from './lib/corpus.js';
import { seededRandom } from './lib/random.js';

const PAGE_SIZE = 100;
const DEEP_PAGES = [10, 40];
const REPEATS = Number(process.env['BENCH_ENTITY_REPEATS'] ?? 20);
const ENTITY_POOL = Number(process.env['BENCH_ENTITY_POOL'] ?? 20_000);
const ENTITIES_PER_ARTICLE = 6;
const fmt = (n: number, digits = 1): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

interface EntityPageBody {
  readonly items: readonly unknown[];
  readonly total: number;
  readonly nextCursor: string | null;
}

/** Median and p99 of `work` over REPEATS runs (after one warm-up). */
async function timed(work: () => Promise<unknown>, untimedBefore?: (run: number) => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i += 1) {
    await untimedBefore?.(i);
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

const line = (label: string, t: { p50: number; p99: number }): string => `  ${label.padEnd(50)} p50 ${fmt(t.p50, 2).padStart(8)} ms  p99 ${fmt(t.p99, 2).padStart(8)} ms`;

async function measureEntityPaging(store: SqliteStore, articles: number): Promise<void> {
  const api = createApi({ store, index: store });
  const get = async (cursor?: string): Promise<EntityPageBody> => {
    const response = await api.handle({ method: 'GET', path: '/entities', query: { limit: String(PAGE_SIZE), ...(cursor ? { cursor } : {}) } });
    if (response.status !== 200) throw new Error(`/entities answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body as EntityPageBody;
  };
  // The peer does the page's other work too: each entity's row and aliases, as a summary needs.
  const offsetIds = store.db.prepare<[number, number], { id: string }>('SELECT id FROM entities WHERE article_count > 0 ORDER BY article_count DESC, id LIMIT ? OFFSET ?');
  const row = store.db.prepare<[string], unknown>('SELECT * FROM entities WHERE id = ?');
  const aliases = store.db.prepare<[string], unknown>('SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY rowid');
  const offsetPage = (limit: number, offset: number) => offsetIds.all(limit, offset).map(({ id }) => [row.get(id), aliases.all(id)]);
  const first = await get();
  console.log(`\n/entities paging over ${articles.toLocaleString('en-US')} articles (${first.total.toLocaleString('en-US')} entities, pages of ${PAGE_SIZE}, SQLite) · ${loadAverage()}`);
  console.log(line('first page, order unchanged (reads its snapshot)', await timed(get)));
  // A new article between first pages changes counts, so each first page writes a new snapshot.
  const records = generateRecords(REPEATS + 1, articles);
  const addArticle = async () => {
    const next = records.next();
    if (!next.done) await store.putArticle(next.value);
  };
  console.log(line('first page, counts changed (writes a snapshot)', await timed(get, addArticle)));
  const count = store.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM entities WHERE article_count > 0');
  console.log(line('  peer: first page by LIMIT + count(*), live', await timed(async () => [offsetPage(PAGE_SIZE, 0), count.get()])));
  const cursors = new Map<number, string>();
  let cursor = first.nextCursor;
  for (let page = 2; cursor !== null && page <= Math.max(...DEEP_PAGES); page += 1) {
    cursors.set(page, cursor);
    cursor = (await get(cursor)).nextCursor;
  }
  for (const page of DEEP_PAGES) {
    const at = cursors.get(page);
    if (at === undefined) {
      console.log(`  page ${page}: not reached (${first.total.toLocaleString('en-US')} entities are fewer than ${page} pages)`);
      continue;
    }
    console.log(line(`page ${page} (reads its snapshot chunk)`, await timed(() => get(at))));
    console.log(line(`  peer: page ${page} by LIMIT/OFFSET, live order`, await timed(async () => offsetPage(PAGE_SIZE, (page - 1) * PAGE_SIZE))));
  }
  const stored = store.db.prepare<[], { chunks: number; bytes: number }>('SELECT count(*) AS chunks, coalesce(sum(length(entries)), 0) AS bytes FROM entity_snapshot_chunks').get();
  console.log(`  snapshot stored once per distinct order: ${stored?.chunks ?? 0} chunks, ${fmt((stored?.bytes ?? 0) / 1024)} KiB (the peers are not exact while counts change)`);
}

/**
 * Generated article records with many entities (the bench corpus has a few hundred names, too few
 * for deep pages): each mentions ENTITIES_PER_ARTICLE of ENTITY_POOL names, skewed so that
 * counts spread from thousands down to one, as real coverage does.
 */
function* generateRecords(count: number, from = 0): Generator<ArticleRecord> {
  const random = seededRandom(7 + from);
  const types: readonly EntityType[] = ['person', 'organisation', 'event', 'work', 'place', 'project'];
  for (let i = from; i < from + count; i += 1) {
    const url = `https://news.example.org/culture/${i}`;
    const id = stableId('bench-article', url);
    const title = `Generated cultural news ${i}`;
    const text = 'The season opened with a new production and a programme of concerts.';
    const picked = new Set<number>();
    while (picked.size < ENTITIES_PER_ARTICLE) picked.add(Math.floor(ENTITY_POOL * random() ** 3));
    const mentions: Mention[] = [...picked].map((n) => {
      const type = types[n % types.length] as EntityType;
      const name = `Entity ${n.toString(36)} ${['Aliyeva', 'Hasanov', 'Centre', 'Festival', 'Archive'][n % 5]}`;
      return { entityId: stableId('bench-entity', type, name), articleId: id, type, name, aliases: [], count: 1, role: null, affiliation: null, context: `${name} took part.` };
    });
    const article: Article = {
      id, url, canonicalUrl: url, outlet: 'example-news', sourceId: 'example-news', sourceName: 'Example News', collections: [], title, authors: [],
      publishedAt: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(), modifiedAt: null, language: 'en', section: 'culture',
      paragraphs: [text], text, summary: text, image: null, contentHash: sha256Hex(`${title}\n${text}`),
      fetchedAt: '2026-11-26T00:00:00.000Z', parserVersion: 'bench', extractorVersion: 'bench',
    };
    yield { article, mentions };
  }
}

/** Builds a store of BENCH_ARTICLES generated records and measures /entities paging on it. */
export async function benchEntityPaging(): Promise<void> {
  const articles = Number(process.env['BENCH_ARTICLES'] ?? 100_000);
  const dir = await mkdtemp(join(tmpdir(), 'culture-index-entity-paging-'));
  const store = SqliteStore.open(join(dir, 'bench.db'));
  try {
    const started = performance.now();
    for (const record of generateRecords(articles)) await store.putArticle(record);
    console.error(`  … ${articles.toLocaleString('en-US')} articles stored in ${fmt((performance.now() - started) / 1000)} s`);
    await measureEntityPaging(store, articles);
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchEntityPaging();
