/**
 * Issue 11, item 1: the index follows the store. An article stored by a run that died before
 * indexing it is indexed by the next run (from the outbox written with the article), without
 * re-fetching; `checkIndexDrift` finds and repairs drift on SQLite and on DynamoDB + OpenSearch.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLocal, type LocalContext } from '../../bin/local-context.js';
import { createTable } from '../../shared/adapters/dynamodb/create-table.js';
import { DynamoArticleStore } from '../../shared/adapters/dynamodb/article-store.js';
import { OpenSearchIndex } from '../../shared/adapters/opensearch/index.js';
import { toIndexDoc } from '../../shared/domain/index-doc.js';
import { createResolver } from '../../shared/domain/resolve/index.js';
import { checkIndexDrift } from '../../shared/pipeline/doctor.js';
import { ingestLocal } from '../../shared/pipeline/local-ingest.js';
import { analysePage } from '../../shared/pipeline/process-step.js';
import type { ArticleRecord } from '../../shared/domain/model.js';
import { startDynalite } from '../support/dynalite.js';
import { deletePrefix, openSearchTarget, skipReason, testClient, uniqueIndexPrefix } from '../support/opensearch.js';

let dir: string;

export function articleHtml(title: string, sentences: readonly string[]): string {
  return `<html lang="en"><head><title>${title}</title><meta property="article:published_time" content="2026-05-01T10:00:00+04:00"></head><body><article><h1>${title}</h1>${sentences
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;
}

const PAGES = {
  'a.html': articleHtml('Poetry evening at the Book Centre', [
    'The Book Centre hosted a poetry evening devoted to classical verse on Friday evening in the old town.',
    'Nigar Huseynova, Director of the Book Centre, opened the evening and welcomed the many guests who came.',
  ]),
  'b.html': articleHtml('Children’s books presented in the capital', [
    'New children’s books by young authors were presented at the National Library on Sunday afternoon.',
    'The organisers said that the National Library will hold such meetings with readers every month.',
  ]),
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ci-outbox-'));
  await mkdir(join(dir, 'pages'));
  for (const [name, html] of Object.entries(PAGES)) await writeFile(join(dir, 'pages', name), html);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function indexedIds(ctx: LocalContext): Promise<string[]> {
  const ids: string[] = [];
  for await (const doc of ctx.index.documentVersions()) ids.push(doc.id);
  return ids;
}

async function storedIds(ctx: LocalContext): Promise<string[]> {
  return (await ctx.store.listArticles({ limit: 100 })).items.map((r) => r.article.id).sort();
}

describe('index outbox (SQLite)', () => {
  it('indexes on the next run an article a crashed run stored but never indexed, without re-fetching', async () => {
    const first = await openLocal({ dataDir: dir });
    // The index "dies" the moment it is asked to write: the article is stored, the index is not.
    const crashing = { ...first, index: Object.assign(Object.create(first.index) as typeof first.index, { index: () => Promise.reject(new Error('killed')) }) };
    await ingestLocal(crashing, { targets: [join(dir, 'pages')] });
    expect(await storedIds(first)).toHaveLength(2);
    expect(await indexedIds(first)).toEqual([]);
    expect(await first.db.countPendingIndex()).toBe(2);
    await first.close();

    const second = await openLocal({ dataDir: dir });
    const rerun = await ingestLocal(second, { targets: [join(dir, 'pages')] });
    expect(rerun.counts.unchanged).toBe(2); // nothing re-stored …
    expect((await indexedIds(second)).sort()).toEqual(await storedIds(second)); // … yet both are searchable
    expect(await second.db.countPendingIndex()).toBe(0);
    await second.close();
  });

  it('doctor reports a missing and an orphan document, and repairs both', async () => {
    const ctx = await openLocal({ dataDir: dir });
    await ingestLocal(ctx, { targets: [join(dir, 'pages')] });
    const [first, second] = await storedIds(ctx);
    await ctx.index.remove([first!]);
    const ghost = await ctx.store.getArticle(second!);
    await ctx.index.index([{ ...toIndexDoc(ghost!), id: 'ghost-article' }]);

    const report = await checkIndexDrift({ store: ctx.store, index: ctx.index }, { repair: false });
    expect(report).toMatchObject({ articles: 2, documents: 2, missing: [first], orphans: ['ghost-article'], repaired: false });
    await checkIndexDrift({ store: ctx.store, index: ctx.index, outbox: ctx.db }, { repair: true });
    const after = await checkIndexDrift({ store: ctx.store, index: ctx.index }, { repair: false });
    expect(after).toMatchObject({ articles: 2, documents: 2, missing: [], orphans: [] });
    await ctx.close();
  });
});

const target = await openSearchTarget();

describe.skipIf(!target)(`doctor on DynamoDB (dynalite) + OpenSearch${target ? '' : ` (skipped: ${skipReason()})`}`, () => {
  it('finds and repairs drift between the table and the index', async () => {
    const ddb = await startDynalite();
    const client = testClient(target!);
    const prefix = uniqueIndexPrefix('doctor');
    try {
      await createTable(ddb.rawClient, 'doctor');
      const store = new DynamoArticleStore({ client: ddb.client, tableName: 'doctor' });
      const index = new OpenSearchIndex(client, prefix);
      await index.ensureIndex();
      const records = Object.entries(PAGES).map(([name, html]) => recordOf(`https://news.example/${name}`, html));
      for (const record of records) await store.putArticle(record);
      await index.index([toIndexDoc(records[0]!), { ...toIndexDoc(records[0]!), id: 'orphan' }]);
      await index.refresh();

      const report = await checkIndexDrift({ store, index }, { repair: true });
      expect(report).toMatchObject({ articles: 2, documents: 2, missing: [records[1]!.article.id], orphans: ['orphan'] });
      const after = await checkIndexDrift({ store, index }, { repair: false });
      expect(after).toMatchObject({ articles: 2, documents: 2, missing: [], orphans: [] });
    } finally {
      await deletePrefix(client, prefix);
      await client.close();
      await ddb.close();
    }
  });
});

function recordOf(url: string, html: string): ArticleRecord {
  const page = { url, finalUrl: url, fetchedAt: '2026-05-01T08:00:00.000Z', status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: new TextEncoder().encode(html) };
  const analysed = analysePage(page, createResolver());
  if (!('record' in analysed)) throw new Error(`fixture page was skipped: ${analysed.skipped}`);
  return analysed.record;
}
