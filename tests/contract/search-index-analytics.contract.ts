/**
 * SearchIndex contract, part two: exports and word counts. Run by describeSearchIndexContract on
 * every adapter, with a corpus of its own in which one theme (dubbing) stands out, so both engines
 * must export the same rows in the same order and count the same words the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexDoc } from '../../shared/domain/model.js';
import { rankSignificantTerms } from '../../shared/domain/significance.js';
import type { ExportRow, SearchIndex } from '../../shared/ports/search-index.js';
import { makeDoc, type MentionSpec } from '../support/records.js';
import type { SearchIndexFixture } from './search-index.contract.js';

const studio = { type: 'organisation', name: 'Voxhall Studio' } as const satisfies MentionSpec;
const actor = { type: 'person', name: 'Nigar Quliyeva' } as const satisfies MentionSpec;

/** Eight dubbing articles (three words recur in all, two in some) among twenty-two on other subjects. */
function buildCorpus(): { dubbing: IndexDoc[]; other: IndexDoc[] } {
  const dubbing = Array.from({ length: 8 }, (_, i) =>
    makeDoc({
      title: `Dubbing note ${i}`,
      text: `The dubbing team recorded a voiceover in the soundbooth for the cartoon. ${i % 2 === 0 ? 'Lipsync was checked twice.' : 'The museum lent a room.'}`,
      outlet: i < 4 ? 'outlet-a' : 'outlet-b',
      language: 'en',
      // Days 1..8 of March, two of them undated and one sharing its instant with another.
      publishedAt: i === 6 || i === 7 ? null : `2024-03-0${Math.min(i, 4) + 1}T10:00:00.000Z`,
      mentions: i % 2 === 0 ? [studio, actor] : [studio],
    }),
  );
  const other = Array.from({ length: 22 }, (_, i) =>
    makeDoc({
      title: `Museum diary ${i}`,
      text: `The museum opened a hall in the city for the public. ${i < 2 ? 'A soundbooth was shown as an exhibit.' : 'Visitors praised the curators.'}`,
      outlet: 'outlet-c',
      language: 'en',
      publishedAt: `2024-02-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`,
      mentions: [],
    }),
  );
  return { dubbing, other };
}

/** Newest first, undated last, then by id: the order the port promises. */
function exportOrder(docs: readonly IndexDoc[]): string[] {
  const time = (d: IndexDoc) => (d.publishedAt === null ? -Infinity : Date.parse(d.publishedAt));
  return [...docs].sort((a, b) => time(b) - time(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((d) => d.id);
}

async function collect(rows: AsyncIterable<readonly ExportRow[]>): Promise<{ batches: number[]; rows: ExportRow[] }> {
  const out: ExportRow[] = [];
  const batches: number[] = [];
  for await (const batch of rows) {
    batches.push(batch.length);
    out.push(...batch);
  }
  return { batches, rows: out };
}

export function describeAnalyticsContract(makeIndex: () => Promise<SearchIndexFixture>): void {
  describe('exports and word counts', () => {
    let fixture: SearchIndexFixture;
    let index: SearchIndex;
    let corpus: ReturnType<typeof buildCorpus>;

    beforeAll(async () => {
      fixture = await makeIndex();
      index = fixture.index;
      corpus = buildCorpus();
      await index.index([...corpus.dubbing, ...corpus.other]);
      await index.refresh();
    });
    afterAll(async () => {
      await fixture?.cleanup();
    });

    it('exports every matching document once, newest first, undated last, ties by id, in bounded batches', async () => {
      const { batches, rows } = await collect(index.exportRows({ text: 'dubbing', filters: {}, max: 1000, batchSize: 3 }));
      expect(rows.map((r) => r.id)).toEqual(exportOrder(corpus.dubbing));
      expect(batches.every((n) => n <= 3)).toBe(true);
      expect(batches.length).toBeGreaterThanOrEqual(3);
    });

    it('exports rows with their fields, a <mark>ed snippet and the entities by type', async () => {
      const { rows } = await collect(index.exportRows({ text: 'lipsync', filters: {}, max: 100, batchSize: 50 }));
      const source = corpus.dubbing[0]!;
      const row = rows.find((r) => r.id === source.id)!;
      expect(row).toMatchObject({ id: source.id, url: source.url, outlet: 'outlet-a', title: source.title, language: 'en', publishedAt: source.publishedAt });
      expect(row.snippet).toContain('<mark>Lipsync</mark>');
      expect([...row.entities].sort((a, b) => a.type.localeCompare(b.type))).toEqual([
        { type: 'organisation', name: studio.name },
        { type: 'person', name: actor.name },
      ]);
    });

    it('exports with filters and without text, and stops at max', async () => {
      const byOutlet = await collect(index.exportRows({ text: '', filters: { outlets: ['outlet-b'] }, max: 100, batchSize: 100 }));
      expect(byOutlet.rows.map((r) => r.id)).toEqual(exportOrder(corpus.dubbing.slice(4)));
      const capped = await collect(index.exportRows({ text: '', filters: {}, max: 5, batchSize: 2 }));
      expect(capped.rows.map((r) => r.id)).toEqual(exportOrder([...corpus.dubbing, ...corpus.other]).slice(0, 5));
      const none = await collect(index.exportRows({ text: 'nothingmatcheszz', filters: {}, max: 5, batchSize: 2 }));
      expect(none.rows).toEqual([]);
    });

    it('stops reading when the consumer stops early', async () => {
      const iterator = index.exportRows({ text: '', filters: {}, max: 1000, batchSize: 4 })[Symbol.asyncIterator]();
      expect((await iterator.next()).value).toHaveLength(4);
      await iterator.return?.();
      // The index stays usable (a second export starts from the beginning).
      expect((await collect(index.exportRows({ text: 'voiceover', filters: {}, max: 1000, batchSize: 4 }))).rows).toHaveLength(8);
    });

    it('counts body words in the matching documents and in the whole index, the same way on every engine', async () => {
      const counts = await index.termCounts({ text: 'dubbing', filters: {}, sampleSize: 200, minDocCount: 1, candidates: 100 });
      expect(counts.sampled).toBe(8);
      expect(counts.total).toBe(30);
      const byTerm = new Map(counts.terms.map((t) => [t.term, t]));
      expect(byTerm.get('voiceover')).toEqual({ term: 'voiceover', docCount: 8, bgCount: 8 });
      expect(byTerm.get('soundbooth')).toEqual({ term: 'soundbooth', docCount: 8, bgCount: 10 });
      expect(byTerm.get('lipsync')).toEqual({ term: 'lipsync', docCount: 4, bgCount: 4 });
      const ranked = rankSignificantTerms(counts, 20, 2).map((t) => t.term);
      // Words in all eight dubbing articles and nowhere else tie at the top (ties by word).
      expect(ranked.slice(0, 5)).toEqual(['cartoon', 'dubbing', 'recorded', 'team', 'voiceover']);
      expect(ranked).toEqual(expect.arrayContaining(['soundbooth', 'lipsync']));
      expect(ranked).not.toContain('museum');
      expect(ranked).not.toContain('the');
    });

    it('counts words within filters, and nothing for a query without matches', async () => {
      const filtered = await index.termCounts({ text: 'dubbing', filters: { outlets: ['outlet-a'] }, sampleSize: 200, minDocCount: 1, candidates: 100 });
      expect(filtered.sampled).toBe(4);
      expect(filtered.terms.find((t) => t.term === 'voiceover')).toEqual({ term: 'voiceover', docCount: 4, bgCount: 8 });
      const empty = await index.termCounts({ text: 'nothingmatcheszz', filters: {}, sampleSize: 200, minDocCount: 1, candidates: 100 });
      expect(empty.sampled).toBe(0);
      expect(rankSignificantTerms(empty, 5, 1)).toEqual([]);
    });
  });
}
