/**
 * Re-processing from the raw archive: an analyst's override file (merge, rename) is applied to
 * articles already stored, without any network, and the report says which entities changed.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLocal } from '../../bin/local-context.js';
import { ingestLocal } from '../../shared/pipeline/local-ingest.js';
import { reprocessArchive } from '../../shared/pipeline/reprocess.js';

let dir: string;

function page(title: string, body: string): string {
  return `<html lang="en"><head><title>${title}</title><meta property="article:published_time" content="2026-05-01T10:00:00+04:00"></head><body><article><h1>${title}</h1>${body
    .split('\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ci-reprocess-'));
  const pages = join(dir, 'pages');
  await mkdir(pages);
  await writeFile(
    join(pages, 'a.html'),
    page('Poetry evening at the Baku Book Centre', 'The Baku Book Centre hosted a poetry evening devoted to the poet Samad Vurgun on Friday.\nNigar Huseynova, Director of the Baku Book Centre, opened the evening and welcomed the guests.'),
  );
  await writeFile(
    join(pages, 'b.html'),
    page('Children’s books presented in the capital', 'New children’s books by young authors were presented at the Akhundov National Library on Sunday.\nThe organisers said that the Akhundov National Library will hold such meetings every month.'),
  );
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('reprocess', () => {
  it('reports no change when nothing changed, and applies a merge + rename override without re-fetching', async () => {
    const first = await openLocal({ dataDir: dir });
    const ingested = await ingestLocal(first, { targets: [join(dir, 'pages')] });
    expect(ingested.counts.stored).toBe(2);
    const before = await first.store.findEntityByName('Akhundov National Library', 'organisation');
    const centre = await first.store.findEntityByName('Baku Book Centre', 'organisation');
    expect(before).not.toBeNull();
    expect(centre).not.toBeNull();
    expect(before?.id).not.toBe(centre?.id);

    const idle = await reprocessArchive(first);
    expect(idle.map((change) => change.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(idle.every((change) => change.added.length === 0 && change.removed.length === 0)).toBe(true);
    await first.close();

    await writeFile(
      join(dir, 'entity-overrides.json'),
      JSON.stringify({
        merge: [{ type: 'organisation', names: ['Baku Book Centre', 'Akhundov National Library'], into: 'Baku Book Centre' }],
        rename: [{ type: 'person', name: 'Nigar Huseynova', display: 'Nigar Huseynova (director)' }],
      }),
    );
    const second = await openLocal({ dataDir: dir });
    try {
      const changes = await reprocessArchive(second);
      expect(changes.every((change) => change.outcome === 'updated')).toBe(true);
      const inB = changes.find((change) => change.url.endsWith('/b.html'));
      expect(inB?.removed.map((e) => e.entityId)).toContain(before?.id);
      expect(inB?.added.map((e) => e.entityId)).toContain(centre?.id);

      const merged = await second.store.getEntity(centre?.id ?? '');
      expect(merged?.articleCount).toBe(2);
      expect(merged?.aliases).toContain('Akhundov National Library');
      expect((await second.store.findEntityByName('Akhundov National Library', 'organisation'))?.id).toBe(centre?.id);

      const person = await second.store.findEntityByName('Nigar Huseynova', 'person');
      expect(person?.name).toBe('Nigar Huseynova (director)');
      const hits = await second.index.search({ text: '', filters: { entities: [centre?.id ?? ''] }, limit: 10, facetSize: 0 });
      expect(hits.total).toBe(2);
    } finally {
      await second.close();
    }
  });

  it('renames and regroups a source from the catalogue it is given, without re-fetching', async () => {
    const canonical = (name: string) => `<link rel="canonical" href="https://books.example.az/news/${name}">`;
    for (const name of ['a.html', 'b.html']) {
      const file = join(dir, 'pages', name);
      await writeFile(file, (await readFile(file, 'utf8')).replace('<head>', `<head>${canonical(name)}`));
    }
    const site = { id: 'book-news', site: 'https://books.example.az/', language: 'en', feeds: [], sitemaps: [], verified: true };
    const ctx = await openLocal({ dataDir: dir });
    try {
      await ingestLocal(ctx, { targets: [join(dir, 'pages')] });
      const before = await ctx.index.search({ text: '', filters: {}, limit: 10, facetSize: 5 });
      expect(before.hits.map((hit) => [hit.sourceId, hit.sourceName])).toEqual([['example.az', 'example.az'], ['example.az', 'example.az']]);

      const catalogue = [{ ...site, name: 'Book News', collections: ['literature'] }];
      const changes = await reprocessArchive({ ...ctx, sources: catalogue });
      expect(changes.map((change) => change.outcome)).toEqual(['updated', 'updated']);
      const after = await ctx.index.search({ text: '', filters: { collections: ['literature'] }, limit: 10, facetSize: 5 });
      expect(after.total).toBe(2);
      expect(after.facets?.outlets).toEqual([{ value: 'book-news', count: 2, label: 'Book News' }]);
      expect((await ctx.index.search({ text: '', filters: { outlets: ['example.az'] }, limit: 10, facetSize: 0 })).total).toBe(0);
      expect((await reprocessArchive({ ...ctx, sources: catalogue })).map((change) => change.outcome)).toEqual(['unchanged', 'unchanged']);
    } finally {
      await ctx.close();
    }
  });
});
