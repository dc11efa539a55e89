/**
 * The SearchIndex contract: one suite, run against every adapter (SQLite FTS5, OpenSearch …).
 * Read-only tests share one corpus; tests that write get a fresh index of their own.
 * Writes are followed by `refresh()` because some engines (OpenSearch) make them visible later.
 *
 * Contract points an adapter must honour (beyond the port's comments):
 * - the query language of shared/domain/search, matched on the keys it computes (spellings,
 *   stems, keywords): the query corpus (search-query-corpus.ts) gives the same hits on every
 *   engine; any user string gives a result or a QuerySyntaxError (never another failure);
 * - entity names and aliases are searchable;
 * - sort=relevance|newest|oldest; cursors are bound to their query (another query's → ValidationError)
 *   and pages never repeat or skip a hit while documents are indexed;
 * - `to: 'YYYY-MM-DD'` includes that whole (UTC) day; date filters exclude undated documents;
 * - empty text sorts newest first, undated documents last;
 * - timeline buckets are UTC, keyed by their first day; weeks start on Monday (ISO);
 * - a malformed cursor rejects with ValidationError.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain/errors.js';
import { QuerySyntaxError } from '../../shared/domain/search/index.js';
import type { IndexDoc } from '../../shared/domain/model.js';
import type { SearchFilters, SearchHit, SearchIndex, SearchQuery, SearchResult } from '../../shared/ports/search-index.js';
import { entityIdFor, makeDoc, type MentionSpec } from '../support/records.js';
import { buildQueryCorpusDocs, QUERY_CORPUS } from './search-query-corpus.js';
import type { ContractOptions } from './article-store.contract.js';
import { describeAnalyticsContract } from './search-index-analytics.contract.js';

export interface SearchIndexFixture {
  readonly index: SearchIndex;
  cleanup(): Promise<void>;
}

const leyla = { type: 'person', name: 'Leyla Rəhimova', aliases: ['Rəhimova'] } as const satisfies MentionSpec;
const arif = { type: 'person', name: 'Arif Mammadov' } as const satisfies MentionSpec;
const agency = { type: 'organisation', name: 'National Film Agency', aliases: ['NFA'] } as const satisfies MentionSpec;
const museumCentre = { type: 'organisation', name: 'Museum Centre' } as const satisfies MentionSpec;
const filmWeek = { type: 'event', name: 'Baku Film Week' } as const satisfies MentionSpec;
const symphony = { type: 'work', name: 'Symphony of Light' } as const satisfies MentionSpec;
const oldCity = { type: 'place', name: 'Icherisheher' } as const satisfies MentionSpec;

const id = (spec: MentionSpec) => entityIdFor(spec.type, spec.name);

/** The shared corpus. Dates: 2024-03-04 is a Monday, 2024-03-10 a Sunday, 2023-12-31 a Sunday. */
function buildCorpus() {
  return {
    titleWord: makeDoc({
      title: 'Zephyrine gala at the opera house',
      text: 'Singers and orchestra performed a gala evening for the public.',
      outlet: 'outlet-a', language: 'en', publishedAt: '2024-03-04T12:00:00.000Z', mentions: [leyla, agency],
    }),
    bodyWord: makeDoc({
      title: 'Concert evening review',
      text: 'The orchestra also played zephyrine pieces during a concert evening for the public.',
      outlet: 'outlet-b', language: 'en', publishedAt: '2024-03-06T12:00:00.000Z', mentions: [agency, symphony],
    }),
    azerbaijani: makeDoc({
      title: 'Kino həftəsi başlayır',
      text: 'Leyla Rəhimova dublyaj haqqında danışdı. Müsabiqə gələn ay keçiriləcək.',
      outlet: 'outlet-c', language: 'az', publishedAt: '2024-03-10T12:00:00.000Z', mentions: [leyla, filmWeek],
    }),
    hostileHtml: makeDoc({
      title: 'Museum <b>night</b> & friends',
      text: "Visitors wrote <script>alert('x')</script> on the museum wall & left. The museum stayed open.",
      outlet: 'outlet-a', language: 'en', publishedAt: '2024-03-11T12:00:00.000Z', mentions: [oldCity, museumCentre],
    }),
    phrase: makeDoc({
      title: 'Notes from the festival',
      text: 'The film festival was busy. Festival film screenings were sold out.',
      outlet: 'outlet-b', language: 'ru', publishedAt: '2024-04-15T12:00:00.000Z', mentions: [arif, agency],
    }),
    undated: makeDoc({
      title: 'Undated archive note',
      text: 'An archive note without a date about the orchestra.',
      outlet: 'outlet-c', language: 'en', publishedAt: null, mentions: [],
    }),
    lastYear: makeDoc({
      title: 'Festival retrospective',
      text: 'Looking back at the film festival history.',
      outlet: 'outlet-a', language: 'en', publishedAt: '2023-12-31T12:00:00.000Z', mentions: [filmWeek, leyla],
    }),
  };
}

type Corpus = ReturnType<typeof buildCorpus>;

function query(text: string, filters: SearchFilters = {}, extra: Partial<SearchQuery> = {}): SearchQuery {
  return { text, filters, limit: 50, facetSize: 0, ...extra };
}

function idsOf(hits: readonly SearchHit[]): string[] {
  return hits.map((h) => h.id).sort();
}

function sortedIds(...docs: IndexDoc[]): string[] {
  return docs.map((d) => d.id).sort();
}

export function describeSearchIndexContract(
  name: string,
  makeIndex: () => Promise<SearchIndexFixture>,
  options: ContractOptions = {},
): void {
  const describeOrSkip = options.skipReason ? describe.skip : describe;
  const title = options.skipReason ? `SearchIndex contract: ${name} (skipped: ${options.skipReason})` : `SearchIndex contract: ${name}`;

  describeOrSkip(title, () => {
    describe('over a shared corpus', () => {
      let fixture: SearchIndexFixture;
      let index: SearchIndex;
      let c: Corpus;

      beforeAll(async () => {
        fixture = await makeIndex();
        index = fixture.index;
        c = buildCorpus();
        const result = await index.index(Object.values(c));
        expect(result).toEqual({ indexed: Object.values(c).length, failures: [] });
        await index.refresh();
      });
      afterAll(async () => {
        await fixture?.cleanup();
      });

      const ids = (hits: readonly SearchHit[]) => idsOf(hits);

      it('lists every document with its content hash, in id order (for drift checks)', async () => {
        const listed = [];
        for await (const version of index.documentVersions()) listed.push(version);
        const expected = Object.values(c).map((doc) => ({ id: doc.id, contentHash: doc.contentHash })).sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(listed).toEqual(expected);
      });

      it('finds documents by words, requiring every word', async () => {
        expect(ids((await index.search(query('orchestra'))).hits)).toEqual(sortedIds(c.titleWord, c.bodyWord, c.undated));
        expect(ids((await index.search(query('orchestra public'))).hits)).toEqual(sortedIds(c.titleWord, c.bodyWord));
        expect(ids((await index.search(query('ORCHESTRA Public'))).hits)).toEqual(sortedIds(c.titleWord, c.bodyWord));
        const none = await index.search(query('orchestra xylophonist'));
        expect(none.hits).toEqual([]);
        expect(none.total).toBe(0);
      });

      it('ignores diacritics both ways, including ə (written "a" in English) and ü', async () => {
        for (const text of ['Rahimova', 'rəhimova', 'RƏHIMOVA', 'musabiqa', 'Müsabiqə', 'haftasi', 'baslayir', 'BAŞLAYIR']) {
          const found = ids((await index.search(query(text))).hits);
          expect(found, `query ${text}`).toContain(c.azerbaijani.id);
        }
      });

      it('finds documents by the names of entities they mention', async () => {
        expect(ids((await index.search(query('Icherisheher'))).hits)).toEqual(sortedIds(c.hostileHtml));
      });

      it('supports "quoted phrases" and prefix*', async () => {
        expect(ids((await index.search(query('"festival film"'))).hits)).toEqual(sortedIds(c.phrase));
        expect(ids((await index.search(query('"film festival"'))).hits)).toEqual(sortedIds(c.phrase, c.lastYear));
        expect(ids((await index.search(query('zephyr*'))).hits)).toEqual(sortedIds(c.titleWord, c.bodyWord));
      });

      it('ranks a title match above a body-only match', async () => {
        const result = await index.search(query('zephyrine'));
        expect(result.hits.map((h) => h.id)).toEqual([c.titleWord.id, c.bodyWord.id]);
        expect(result.hits[0]!.score).toBeGreaterThan(result.hits[1]!.score);
      });

      it('returns hits with their fields and a <mark>ed snippet', async () => {
        const result = await index.search(query('zephyrine'));
        const hit = result.hits.find((h) => h.id === c.bodyWord.id);
        expect(hit).toMatchObject({
          id: c.bodyWord.id, title: c.bodyWord.title, url: c.bodyWord.url, outlet: 'outlet-b', language: 'en',
          publishedAt: c.bodyWord.publishedAt,
        });
        expect(hit!.snippet.toLowerCase()).toContain('<mark>zephyrine</mark>');
        expect(typeof hit!.score).toBe('number');
      });

      it('escapes all HTML in snippets except the <mark> tags', async () => {
        const result = await index.search(query('museum'));
        const hit = result.hits.find((h) => h.id === c.hostileHtml.id);
        expect(hit).toBeDefined();
        expect(hit!.snippet).toContain('<mark>');
        const withoutMarks = hit!.snippet.replace(/<\/?mark>/g, '');
        expect(withoutMarks).not.toMatch(/[<>]/);
        expect(withoutMarks).not.toMatch(/&(?!(amp|lt|gt|quot|#39|#x27|apos);)/);
        expect(hit!.title).toBe(c.hostileHtml.title);
      });

      it('answers hostile query strings with hits or a QuerySyntaxError, never another failure', async () => {
        const hostile = ['"*', 'NEAR(', 'NEAR(a b', 'a AND', 'OR', 'title:x', "'; DROP TABLE articles; --", '((((', '*', '-', '^', '""', '"unterminated', 'a"b', '\\', '{}[]', 'col : x', '+-!', '\u0000x'];
        for (const text of hostile) {
          const outcome: unknown = await index.search(query(text)).then((r) => r, (e: unknown) => e);
          if (outcome instanceof Error) expect(outcome, `query ${JSON.stringify(text)}`).toBeInstanceOf(QuerySyntaxError);
          else expect(Array.isArray((outcome as SearchResult).hits), `query ${JSON.stringify(text)}`).toBe(true);
        }
      });

      it('lists everything newest first, undated last, when the text is empty', async () => {
        const result = await index.search(query(''));
        expect(result.total).toBe(7);
        expect(result.hits.map((h) => h.id)).toEqual([c.phrase, c.hostileHtml, c.azerbaijani, c.bodyWord, c.titleWord, c.lastYear, c.undated].map((d) => d.id));
      });

      it('filters by entities, requiring all of them', async () => {
        expect(ids((await index.search(query('', { entities: [id(leyla)] }))).hits)).toEqual(sortedIds(c.titleWord, c.azerbaijani, c.lastYear));
        expect(ids((await index.search(query('', { entities: [id(leyla), id(agency)] }))).hits)).toEqual(sortedIds(c.titleWord));
        expect((await index.search(query('', { entities: [id(leyla), id(oldCity)] }))).total).toBe(0);
      });

      it('filters by entity types, outlets and languages (any of the values given)', async () => {
        expect(ids((await index.search(query('', { entityTypes: ['work'] }))).hits)).toEqual(sortedIds(c.bodyWord));
        expect(ids((await index.search(query('', { entityTypes: ['work', 'place'] }))).hits)).toEqual(sortedIds(c.bodyWord, c.hostileHtml));
        expect(ids((await index.search(query('', { outlets: ['outlet-b'] }))).hits)).toEqual(sortedIds(c.bodyWord, c.phrase));
        expect(ids((await index.search(query('', { languages: ['az'] }))).hits)).toEqual(sortedIds(c.azerbaijani));
        expect(ids((await index.search(query('', { languages: ['az', 'ru'] }))).hits)).toEqual(sortedIds(c.azerbaijani, c.phrase));
        expect(ids((await index.search(query('orchestra', { outlets: ['outlet-a'] }))).hits)).toEqual(sortedIds(c.titleWord));
      });

      it('filters by document ids (alerts: which new articles match), with the text and other filters', async () => {
        expect(ids((await index.search(query('', { ids: [c.bodyWord.id, c.phrase.id, 'no-such-id'] }))).hits)).toEqual(sortedIds(c.bodyWord, c.phrase));
        expect(ids((await index.search(query('', { ids: [c.bodyWord.id, c.phrase.id], languages: ['ru'] }))).hits)).toEqual(sortedIds(c.phrase));
        expect(ids((await index.search(query('orchestra', { ids: [c.titleWord.id, c.phrase.id] }))).hits)).toEqual(sortedIds(c.titleWord));
        expect((await index.search(query('', { ids: [] }))).total).toBe(0);
      });

      it('filters by inclusive dates and instants, excluding undated documents', async () => {
        expect(ids((await index.search(query('', { from: '2024-03-06' }))).hits)).toEqual(sortedIds(c.bodyWord, c.azerbaijani, c.hostileHtml, c.phrase));
        expect(ids((await index.search(query('', { to: '2024-03-10' }))).hits)).toEqual(sortedIds(c.lastYear, c.titleWord, c.bodyWord, c.azerbaijani));
        expect(ids((await index.search(query('', { from: '2024-03-06', to: '2024-03-10' }))).hits)).toEqual(sortedIds(c.bodyWord, c.azerbaijani));
        expect(ids((await index.search(query('', { from: '2024-03-06T13:00:00Z', to: '2024-03-11T11:00:00Z' }))).hits)).toEqual(sortedIds(c.azerbaijani));
      });

      it('returns facets over all matching documents: entities per type with labels, outlets, languages', async () => {
        const result = await index.search(query('', {}, { limit: 1, facetSize: 10 }));
        const facets = result.facets!;
        expect(facets).not.toBeNull();
        expect(Object.keys(facets.entities).sort()).toEqual(['event', 'organisation', 'person', 'place', 'project', 'work']);
        expect(facets.entities.person).toEqual([
          { value: id(leyla), count: 3, label: leyla.name },
          { value: id(arif), count: 1, label: arif.name },
        ]);
        expect(facets.entities.organisation).toEqual([
          { value: id(agency), count: 3, label: agency.name },
          { value: id(museumCentre), count: 1, label: museumCentre.name },
        ]);
        expect(facets.entities.event).toEqual([{ value: id(filmWeek), count: 2, label: filmWeek.name }]);
        expect(facets.entities.project).toEqual([]);
        expect(facets.outlets).toEqual([{ value: 'outlet-a', count: 3, label: 'outlet-a' }, expect.objectContaining({ count: 2 }), expect.objectContaining({ count: 2 })]);
        expect(facets.languages).toEqual([{ value: 'en', count: 5 }, expect.objectContaining({ count: 1 }), expect.objectContaining({ count: 1 })]);

        const top1 = (await index.search(query('', {}, { facetSize: 1 }))).facets!;
        expect(top1.entities.person).toEqual([{ value: id(leyla), count: 3, label: leyla.name }]);
        expect(top1.outlets).toEqual([{ value: 'outlet-a', count: 3, label: 'outlet-a' }]);

        const filtered = (await index.search(query('festival', {}, { facetSize: 10 }))).facets!;
        expect(filtered.outlets.map((f) => [f.value, f.count]).sort()).toEqual([['outlet-a', 1], ['outlet-b', 1]]);
        expect(filtered.entities.person.map((f) => f.value).sort()).toEqual([id(arif), id(leyla)].sort());
      });

      it('returns no facets when none are asked for', async () => {
        expect((await index.search(query('orchestra'))).facets).toBeNull();
      });

      it('pages with a cursor, returning every hit exactly once', async () => {
        for (const text of ['', 'orchestra']) {
          const seen: string[] = [];
          let cursor: string | null = null;
          let total = -1;
          for (let page = 0; page < 20; page += 1) {
            const result = await index.search(query(text, {}, { limit: 2, cursor }));
            expect(result.hits.length).toBeLessThanOrEqual(2);
            total = result.total;
            seen.push(...result.hits.map((h) => h.id));
            cursor = result.nextCursor;
            if (cursor === null) break;
          }
          expect(cursor).toBeNull();
          expect(new Set(seen).size).toBe(seen.length);
          expect(seen.length).toBe(total);
        }
      });

      it('rejects a malformed cursor with a ValidationError', async () => {
        await expect(index.search(query('', {}, { cursor: '%%not-a-cursor%%' }))).rejects.toBeInstanceOf(ValidationError);
      });

      it('counts documents per day, ISO week, month and year', async () => {
        const nonEmpty = async (interval: 'day' | 'week' | 'month' | 'year', text = '', filters: SearchFilters = {}) =>
          (await index.timeline({ text, filters, interval })).filter((b) => b.count > 0);
        expect(await nonEmpty('day')).toEqual([
          { key: '2023-12-31', count: 1 }, { key: '2024-03-04', count: 1 }, { key: '2024-03-06', count: 1 },
          { key: '2024-03-10', count: 1 }, { key: '2024-03-11', count: 1 }, { key: '2024-04-15', count: 1 },
        ]);
        expect(await nonEmpty('week')).toEqual([
          { key: '2023-12-25', count: 1 }, { key: '2024-03-04', count: 3 }, { key: '2024-03-11', count: 1 }, { key: '2024-04-15', count: 1 },
        ]);
        expect(await nonEmpty('month')).toEqual([{ key: '2023-12-01', count: 1 }, { key: '2024-03-01', count: 4 }, { key: '2024-04-01', count: 1 }]);
        expect(await nonEmpty('year')).toEqual([{ key: '2023-01-01', count: 1 }, { key: '2024-01-01', count: 5 }]);
        expect(await nonEmpty('month', '', { outlets: ['outlet-a'] })).toEqual([{ key: '2023-12-01', count: 1 }, { key: '2024-03-01', count: 2 }]);
        expect(await nonEmpty('year', 'festival')).toEqual([{ key: '2023-01-01', count: 1 }, { key: '2024-01-01', count: 1 }]);
      });

      it('counts co-mentions among given entities in the matching documents, each pair once', async () => {
        const pair = (a: MentionSpec, b: MentionSpec, weight: number) => (id(a) < id(b) ? { source: id(a), target: id(b), weight } : { source: id(b), target: id(a), weight });
        const byPair = (x: { source: string; target: string }, y: { source: string; target: string }) => x.source.localeCompare(y.source) || x.target.localeCompare(y.target);
        const all = await index.coMentions({ filters: {}, entities: [id(leyla), id(agency), id(filmWeek), id(arif)] });
        expect(all.map((p) => p.weight)).toEqual([2, 1, 1]);
        expect([...all].sort(byPair)).toEqual([pair(leyla, filmWeek, 2), pair(leyla, agency, 1), pair(agency, arif, 1)].sort(byPair));
        // Filters narrow the documents counted in: the Azerbaijani article drops out.
        expect(await index.coMentions({ filters: { languages: ['en'] }, entities: [id(leyla), id(filmWeek)] })).toEqual([pair(leyla, filmWeek, 1)]);
        expect(await index.coMentions({ filters: { entities: [id(symphony)] }, entities: [id(leyla), id(agency), id(symphony)] })).toEqual([pair(agency, symphony, 1)]);
        expect(await index.coMentions({ filters: {}, entities: [id(leyla)] })).toEqual([]);
        expect(await index.coMentions({ filters: {}, entities: [id(oldCity), 'no-such-entity'] })).toEqual([]);
      });

      it('returns the top entities of matching documents, optionally of one type', async () => {
        const top = await index.topEntities({ text: '', filters: {}, size: 3 });
        expect(top).toHaveLength(3);
        expect(top.slice(0, 2).map((f) => f.value).sort()).toEqual([id(leyla), id(agency)].sort());
        expect(top.slice(0, 2).every((f) => f.count === 3)).toBe(true);
        expect(top[2]).toEqual({ value: id(filmWeek), count: 2, label: filmWeek.name });

        expect(await index.topEntities({ text: '', filters: {}, type: 'person', size: 5 })).toEqual([
          { value: id(leyla), count: 3, label: leyla.name },
          { value: id(arif), count: 1, label: arif.name },
        ]);
        const festival = await index.topEntities({ text: 'festival', filters: {}, size: 10 });
        expect(festival.map((f) => f.value).sort()).toEqual([id(arif), id(agency), id(filmWeek), id(leyla)].sort());
        expect(festival.every((f) => f.count === 1)).toBe(true);
        const withLeyla = await index.topEntities({ text: '', filters: { entities: [id(leyla)] }, type: 'organisation', size: 10 });
        expect(withLeyla).toEqual([{ value: id(agency), count: 1, label: agency.name }]);
      });
    });

    describe('query corpus (the same hit sets on every engine)', () => {
      let fixture: SearchIndexFixture;
      let docs: ReturnType<typeof buildQueryCorpusDocs>;

      beforeAll(async () => {
        fixture = await makeIndex();
        docs = buildQueryCorpusDocs();
        expect(await fixture.index.index(Object.values(docs))).toEqual({ indexed: Object.values(docs).length, failures: [] });
        await fixture.index.refresh();
      });
      afterAll(async () => {
        await fixture?.cleanup();
      });

      it.each(QUERY_CORPUS.map(([group, text, expected]) => ({ group, text, expected })))('$group: $text', async ({ text, expected }) => {
        const result = await fixture.index.search(query(text, {}, { limit: 50 }));
        const names = new Map(Object.entries(docs).map(([key, doc]) => [doc.id, key]));
        expect(result.hits.map((h) => names.get(h.id)).sort()).toEqual([...expected].sort());
        expect(result.total).toBe(expected.length);
      });
    });

    describe('writes', () => {
      let fixture: SearchIndexFixture;
      let index: SearchIndex;

      beforeEach(async () => {
        fixture = await makeIndex();
        index = fixture.index;
      });
      afterEach(async () => {
        await fixture.cleanup();
      });

      it('re-indexing the same id updates the document in place', async () => {
        const first = makeDoc({ title: 'Quillwort premiere', text: 'A premiere of the quillwort opera.', mentions: [leyla] });
        await index.index([first]);
        await index.refresh();
        const second = { ...first, title: 'Marshwort premiere', text: 'A premiere of the marshwort opera.', summary: 'A premiere.', entities: [] };
        await index.index([second]);
        await index.index([second]);
        await index.refresh();
        expect((await index.search(query('quillwort'))).total).toBe(0);
        expect((await index.search(query('marshwort'))).hits.map((h) => h.title)).toEqual(['Marshwort premiere']);
        expect((await index.search(query(''))).total).toBe(1);
        expect((await index.search(query('', { entities: [id(leyla)] }))).total).toBe(0);
      });

      it('removes documents by id; removing an unknown id is harmless', async () => {
        const keep = makeDoc({ title: 'Kept ballet note' });
        const gone = makeDoc({ title: 'Removed ballet note' });
        await index.index([keep, gone]);
        await index.refresh();
        await index.remove([gone.id, 'no-such-doc']);
        await index.refresh();
        const result = await index.search(query('ballet'));
        expect(result.hits.map((h) => h.id)).toEqual([keep.id]);
        await index.remove([]);
      });

      it('reports a malformed document as a failure and indexes the rest', async () => {
        const good = makeDoc({ title: 'Good harp recital' });
        const bad = { ...makeDoc({ title: 'Bad harp recital' }), publishedAt: 'not a date' };
        const result = await index.index([good, bad]);
        await index.refresh();
        expect(result.indexed).toBe(1);
        expect(result.failures.map((f) => f.id)).toEqual([bad.id]);
        expect((await index.search(query('harp'))).hits.map((h) => h.id)).toEqual([good.id]);
      });

      it('sorts by relevance, newest or oldest, undated last either way', async () => {
        const older = makeDoc({ title: 'Zither evening', text: 'A zither evening.', publishedAt: '2023-01-01T10:00:00Z' });
        const newer = makeDoc({ title: 'Harp notes', text: 'Zither zither zither among harps.', publishedAt: '2024-01-01T10:00:00Z' });
        const undated = makeDoc({ title: 'Undated zither note', text: 'No date.', publishedAt: null });
        await index.index([older, newer, undated]);
        await index.refresh();
        const order = async (sort: SearchQuery['sort']) => (await index.search(query('zither', {}, { sort }))).hits.map((h) => h.id);
        expect(await order('newest')).toEqual([newer.id, older.id, undated.id]);
        expect(await order('oldest')).toEqual([older.id, newer.id, undated.id]);
        expect((await order('relevance')).slice(0, 2).sort()).toEqual([older.id, undated.id].sort());
        expect(await order(undefined)).toEqual(await order('relevance'));
      });

      it('pages never repeat or skip a hit while documents are indexed, in every sort', async () => {
        const originals = Array.from({ length: 24 }, (_, i) =>
          makeDoc({ title: i % 3 === 0 ? 'Lute recital' : 'Evening notes', text: `The lute ${'lute '.repeat(i % 4)}played in hall ${i}.`, publishedAt: i % 7 === 6 ? null : `2024-02-${String(1 + (i % 20)).padStart(2, '0')}T10:00:00Z` }),
        );
        await index.index(originals);
        await index.refresh();
        let added = 0;
        for (const sort of ['relevance', 'newest', 'oldest'] as const) {
          const seen: string[] = [];
          let cursor: string | null = null;
          for (let page = 0; page < 40; page += 1) {
            const result = await index.search(query('lute', {}, { limit: 5, cursor, sort }));
            seen.push(...result.hits.map((h) => h.id));
            cursor = result.nextCursor;
            if (cursor === null) break;
            // Ingest goes on between pages: new matching articles (strong and weak matches, every
            // date) and an update of one already listed.
            added += 1;
            await index.index([
              makeDoc({ title: 'Lute lute news', text: 'lute lute lute', publishedAt: `2024-02-${String(1 + (added % 27)).padStart(2, '0')}T10:00:00Z` }),
              makeDoc({ title: 'Other', text: 'a lute', publishedAt: added % 2 === 0 ? null : '2025-01-01T00:00:00Z' }),
              { ...originals[added % originals.length]!, summary: `updated ${added}` },
            ]);
            await index.refresh();
          }
          expect(cursor, sort).toBeNull();
          expect(new Set(seen).size, `${sort}: no hit twice`).toBe(seen.length);
          const originalIds = originals.map((d) => d.id);
          expect(originalIds.filter((id) => !seen.includes(id)), `${sort}: no original hit skipped`).toEqual([]);
        }
      });

      it('refuses a cursor from another query, filter or sort with a ValidationError', async () => {
        await index.index(Array.from({ length: 4 }, (_, i) => makeDoc({ title: `Cello day ${i}`, text: 'cello', outlet: 'outlet-a', publishedAt: `2024-03-0${i + 1}T10:00:00Z` })));
        await index.refresh();
        for (const sort of ['relevance', 'newest'] as const) {
          const first = await index.search(query('cello', {}, { limit: 1, sort }));
          expect(first.nextCursor).not.toBeNull();
          const cursor = first.nextCursor;
          await expect(index.search(query('cello', {}, { limit: 1, sort, cursor }))).resolves.toMatchObject({ hits: [expect.anything()] });
          await expect(index.search(query('cello day', {}, { limit: 1, sort, cursor }))).rejects.toBeInstanceOf(ValidationError);
          await expect(index.search(query('cello', { outlets: ['outlet-a'] }, { limit: 1, sort, cursor }))).rejects.toBeInstanceOf(ValidationError);
          await expect(index.search(query('cello', {}, { limit: 1, sort: 'oldest', cursor }))).rejects.toBeInstanceOf(ValidationError);
        }
      });

      it('names sources and groups them in collections: hit fields, collection filter (any of), facets labelled with names', async () => {
        const agencyDoc = makeDoc({ title: 'Lute recital in Baku', outlet: 'trend', sourceName: 'Trend News Agency', collections: ['agencies', 'en-language'] });
        const ministryDoc = makeDoc({ title: 'Lute museum opens', outlet: 'culture-gov-az', sourceName: 'Ministry of Culture', collections: ['ministries', 'az-language'] });
        const secondAgencyDoc = makeDoc({ title: 'Lute makers meet', outlet: 'apa', sourceName: 'APA', collections: ['agencies'] });
        const unnamedDoc = makeDoc({ title: 'Lute workshop', outlet: 'example.org', collections: [] });
        await index.index([agencyDoc, ministryDoc, secondAgencyDoc, unnamedDoc]);
        await index.refresh();

        const hit = (await index.search(query('recital'))).hits[0];
        expect(hit).toMatchObject({ outlet: 'trend', sourceId: 'trend', sourceName: 'Trend News Agency' });
        expect([...hit!.collections].sort()).toEqual(['agencies', 'en-language']);

        const inCollections = async (collections: string[]) => idsOf((await index.search(query('lute', { collections }))).hits);
        expect(await inCollections(['agencies'])).toEqual([agencyDoc.id, secondAgencyDoc.id].sort());
        expect(await inCollections(['ministries', 'en-language'])).toEqual([agencyDoc.id, ministryDoc.id].sort());
        expect(await inCollections(['no-such-collection'])).toEqual([]);
        expect(idsOf((await index.search(query('lute', { collections: ['agencies'], outlets: ['apa'] }))).hits)).toEqual([secondAgencyDoc.id]);

        const facets = (await index.search(query('lute', {}, { facetSize: 10 }))).facets!;
        expect(facets.collections).toEqual([
          { value: 'agencies', count: 2 },
          { value: 'az-language', count: 1 },
          { value: 'en-language', count: 1 },
          { value: 'ministries', count: 1 },
        ]);
        expect([...facets.outlets].sort((a, b) => a.value.localeCompare(b.value))).toEqual([
          { value: 'apa', count: 1, label: 'APA' },
          { value: 'culture-gov-az', count: 1, label: 'Ministry of Culture' },
          { value: 'example.org', count: 1, label: 'example.org' },
          { value: 'trend', count: 1, label: 'Trend News Agency' },
        ]);
        const agenciesOnly = (await index.search(query('lute', { collections: ['agencies'] }, { facetSize: 10 }))).facets!;
        expect(agenciesOnly.collections).toEqual([{ value: 'agencies', count: 2 }, { value: 'en-language', count: 1 }]);

        // Re-indexed after the catalogue regrouped the source: the old collection no longer matches.
        await index.index([{ ...ministryDoc, collections: ['ministries'] }]);
        await index.refresh();
        expect(await inCollections(['az-language'])).toEqual([]);
      });

      it('collapse=cluster returns one hit per syndication cluster, the first in the sort order, and pages over clusters', async () => {
        const copy = (day: number, clusterId?: string) =>
          ({ ...makeDoc({ title: `Lyrebird reprint ${day}`, text: `The lyrebird story, copy ${day}.`, publishedAt: `2024-05-0${day}T12:00:00.000Z` }), ...(clusterId ? { clusterId } : {}) });
        const [first, second, third, alone, other] = [copy(1, 'story-1'), copy(2, 'story-1'), copy(3, 'story-1'), copy(4), copy(5, 'story-2')];
        await index.index([first, second, third, alone, other]);
        await index.refresh();
        const plain = await index.search(query('lyrebird', {}, { sort: 'newest' }));
        expect(plain.total).toBe(5);
        expect(Object.fromEntries(plain.hits.map((h) => [h.id, h.clusterId]))).toEqual({ [first.id]: 'story-1', [second.id]: 'story-1', [third.id]: 'story-1', [alone.id]: alone.id, [other.id]: 'story-2' });

        const newest = await index.search(query('lyrebird', {}, { sort: 'newest', collapse: 'cluster' }));
        expect(newest.total).toBe(3);
        expect(newest.hits.map((h) => h.id)).toEqual([other.id, alone.id, third.id]);
        const oldest = await index.search(query('lyrebird', {}, { sort: 'oldest', collapse: 'cluster' }));
        expect(oldest.hits.map((h) => h.id)).toEqual([first.id, alone.id, other.id]);
        const ranked = await index.search(query('lyrebird', {}, { collapse: 'cluster' }));
        expect(ranked.hits.map((h) => h.clusterId).sort()).toEqual([alone.id, 'story-1', 'story-2'].sort());
        const everything = await index.search(query('', {}, { collapse: 'cluster' }));
        expect(everything.hits.map((h) => h.id)).toEqual([other.id, alone.id, third.id]);

        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page: SearchResult = await index.search(query('lyrebird', {}, { sort: 'newest', collapse: 'cluster', limit: 2, cursor }));
          seen.push(...page.hits.map((h) => h.id));
          cursor = page.nextCursor;
        } while (cursor !== null);
        expect(seen).toEqual([other.id, alone.id, third.id]);
        const plainCursor = (await index.search(query('lyrebird', {}, { sort: 'newest', limit: 1 }))).nextCursor;
        await expect(index.search(query('lyrebird', {}, { sort: 'newest', collapse: 'cluster', cursor: plainCursor }))).rejects.toBeInstanceOf(ValidationError);
      });

      it('searching an empty index returns nothing', async () => {
        const result = await index.search(query('anything', {}, { facetSize: 5 }));
        expect(result.total).toBe(0);
        expect(result.hits).toEqual([]);
        expect(result.nextCursor).toBeNull();
        expect(await index.timeline({ text: '', filters: {}, interval: 'month' })).toEqual([]);
      });
    });

    describeAnalyticsContract(makeIndex);
  });
}
