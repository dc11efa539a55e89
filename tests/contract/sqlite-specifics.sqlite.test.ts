/**
 * What the SQLite adapter promises beyond the port contracts: schema versioning, durability,
 * error mapping, "no writes" on unchanged re-puts, and the safety of its query and snippet code.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { FTS_COLUMNS, keysCanMatch, toFtsMatch } from '../../shared/adapters/sqlite/fts-match.js';
import { DocValues } from '../../shared/adapters/sqlite/doc-values.js';
import { joinKeys, KeyBlocks, splitKeys } from '../../shared/adapters/sqlite/key-blocks.js';
import { expandKeyLines } from '../../shared/adapters/sqlite/key-lines.js';
import { foldPending, LARGE_BATCH, PendingKeys } from '../../shared/adapters/sqlite/pending-keys.js';
import { matchKeys, type PhraseCheck } from '../../shared/adapters/sqlite/key-match.js';
import { ftsPhraseCheck } from '../../shared/adapters/sqlite/phrase-check.js';
import { SCHEMA_VERSION } from '../../shared/adapters/sqlite/schema.js';
import { SqliteStore } from '../../shared/adapters/sqlite/store.js';
import { StoreUnavailableError } from '../../shared/domain/errors.js';
import type { SearchFilters } from '../../shared/ports/search-index.js';
import { toIndexDoc } from '../../shared/domain/index-doc.js';
import { compileQuery, makeSnippet, QuerySyntaxError, wordMatcher } from '../../shared/domain/search/index.js';
import { entityIdFor, makeDoc, makeRecord, makeUrlState } from '../support/records.js';

const dirs: string[] = [];
function tempPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'culture-index-sqlite-specifics-'));
  dirs.push(dir);
  return join(dir, 'deeper', 'folder', 'index.db');
}
/** The spec that makes the same article again (same id, URL and title). */
function puppetSpec(record: ReturnType<typeof makeRecord>): { url: string; title: string } {
  return { url: record.article.url, title: record.article.title };
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});


/** A store at `path` with the records stored and indexed one at a time, as ingest does. */
async function openWithIndexed(path: string, records: readonly ReturnType<typeof makeRecord>[]): Promise<SqliteStore> {
  const store = SqliteStore.open(path);
  for (const record of records) {
    await store.putArticle(record);
    await store.index([toIndexDoc(record)]);
  }
  return store;
}
describe('SQLite database file', () => {
  it('creates its folder, uses WAL and foreign keys, and records the schema version', async () => {
    const path = tempPath();
    const store = SqliteStore.open(path);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    await store.close();
    await store.close();
  });

  it('keeps articles, URL states and the index across reopen', async () => {
    const path = tempPath();
    const record = makeRecord({ title: 'Persistent puppet theatre', mentions: [{ type: 'organisation', name: 'Puppet Theatre' }] });
    const first = SqliteStore.open(path);
    await first.putArticle(record);
    await first.index([toIndexDoc(record)]);
    await first.putUrlState(makeUrlState({ url: record.article.url, status: 'stored' }));
    await first.close();

    const again = SqliteStore.open(path);
    expect((await again.getArticle(record.article.id))?.article.title).toBe('Persistent puppet theatre');
    expect((await again.search({ text: 'puppet', filters: {}, limit: 5, facetSize: 0 })).total).toBe(1);
    expect((await again.getUrlState(record.article.url))?.status).toBe('stored');
    expect(await again.putArticle(record)).toBe('unchanged');
    await again.close();
  });

  it('gives documents indexed before the search keys existed their keys when it next opens', async () => {
    const path = tempPath();
    const record = makeRecord({ title: 'Şəki puppet theatre', language: 'az', mentions: [{ type: 'person', name: 'Leyla Rəhimova', aliases: ['Rəhimova'] }] });
    const first = SqliteStore.open(path);
    await first.putArticle(record);
    await first.index([toIndexDoc(record)]);
    // What a version-2 database looks like after migration 3: documents, but no keys yet.
    first.db.exec("INSERT INTO search_fts (search_fts) VALUES ('delete-all'); DELETE FROM search_key_blocks; DELETE FROM search_doc_keys; DELETE FROM search_key_pending; INSERT INTO search_rekey_pending (pending) VALUES (1);");
    expect((await first.search({ text: 'Sheki', filters: {}, limit: 5, facetSize: 0 })).total).toBe(0);
    await first.close();

    const again = SqliteStore.open(path);
    for (const text of ['Sheki', 'entity:Rahimova', 'lang:az puppet']) {
      expect((await again.search({ text, filters: {}, limit: 5, facetSize: 0 })).total, text).toBe(1);
    }
    expect(again.db.prepare('SELECT count(*) AS n FROM search_rekey_pending').get()).toEqual({ n: 0 });
    // Re-keyed documents are folded into the blocks at once: nothing is left pending.
    expect(again.db.prepare('SELECT count(*) AS n FROM search_key_pending').get()).toEqual({ n: 0 });
    await again.close();
  });

  it('upgrades a database made before the key table without positions: both key tables are rebuilt from the stored documents', async () => {
    const path = tempPath();
    const record = makeRecord({ title: 'Şəki puppet theatre opens', language: 'az', mentions: [{ type: 'person', name: 'Leyla Rəhimova', aliases: ['Rəhimova'] }] });
    const first = SqliteStore.open(path);
    await first.putArticle(record);
    await first.index([toIndexDoc(record)]);
    // What the code before this migration left: one key table, with positions (and nothing of the
    // migrations after it: the /entities snapshots, the pending keys).
    first.db.exec(`DROP TABLE search_key_blocks; DROP TABLE search_doc_keys; DROP TABLE entity_snapshot_chunks; DROP TABLE search_key_pending; DROP TABLE search_key_state;
      PRAGMA user_version = 10;`);
    await first.close();

    const again = SqliteStore.open(path);
    expect(again.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    for (const text of ['Sheki', 'entity:Rahimova', 'lang:az puppet', '"puppet theatre"', 'puppet NEAR/2 opens', 'title:sheki -opera']) {
      expect((await again.search({ text, filters: {}, limit: 5, facetSize: 0 })).total, text).toBe(1);
    }
    expect((await again.search({ text: 'puppet -theatre', filters: {}, limit: 5, facetSize: 0 })).total).toBe(0);
    expect(again.db.prepare('SELECT count(*) AS n FROM search_doc_keys').get()).toEqual({ n: 1 });
    await again.close();
  });

  it('upgrades a database whose keys without positions were an FTS5 table: posting bitmaps are built from the stored documents', async () => {
    const path = tempPath();
    const records = [
      makeRecord({ title: 'Şəki puppet theatre opens', language: 'az', mentions: [{ type: 'person', name: 'Leyla Rəhimova', aliases: ['Rəhimova'] }] }),
      makeRecord({ title: 'Opera season in Ganja', language: 'en' }),
    ];
    const first = await openWithIndexed(path, records);
    // What the code before this migration left: the keys without positions in an FTS5 table.
    first.db.exec(`DROP TABLE search_key_blocks; DROP TABLE search_doc_keys; DROP TABLE search_key_pending; DROP TABLE search_key_state;
      CREATE VIRTUAL TABLE search_words USING fts5 (words, content = '', contentless_delete = 1, detail = none, tokenize = "ascii");
      PRAGMA user_version = 12;`);
    await first.close();

    const again = SqliteStore.open(path);
    expect(again.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(again.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'search_words'").get()).toEqual({ n: 0 });
    const total = async (text: string) => (await again.search({ text, filters: {}, limit: 5, facetSize: 0 })).total;
    for (const [text, expected] of [['Sheki', 1], ['entity:Rahimova', 1], ['opera OR puppet', 2], ['-opera', 1], ['gan*', 1], ['"puppet theatre"', 1], ['lang:az puppet', 1]] as const) {
      expect(await total(text), text).toBe(expected);
    }
    expect(again.db.prepare('SELECT count(*) AS n FROM search_doc_keys').get()).toEqual({ n: 2 });
    await again.close();
  });

  it('upgrades a database whose key blocks were written in place: it gets the pending-keys tables, and its folded documents are re-indexed and removed exactly', async () => {
    const path = tempPath();
    const records = [
      makeRecord({ title: 'Puppet theatre opens in Sheki', language: 'en' }),
      makeRecord({ title: 'Opera season in Ganja', language: 'en' }),
      makeRecord({ title: 'Puppet opera for children', language: 'en' }),
    ];
    const first = await openWithIndexed(path, records);
    // What version 13 left: every document's bits in the blocks, none pending, no pending tables.
    foldPending(first.db, new KeyBlocks(first.db));
    first.db.exec('DROP TABLE search_key_pending; DROP TABLE search_key_state; PRAGMA user_version = 13;');
    await first.close();

    const again = SqliteStore.open(path);
    expect(again.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(again.db.prepare('SELECT pending FROM search_key_state').get()).toEqual({ pending: 0 });
    const ids = async (text: string) => (await again.search({ text, filters: {}, limit: 10, facetSize: 0 })).hits.map((h) => h.title).sort();
    expect(await ids('puppet')).toEqual(['Puppet opera for children', 'Puppet theatre opens in Sheki']);
    // Re-indexed with other words and removed while their old bits are still in the blocks.
    const changed = toIndexDoc(makeRecord({ title: 'Ballet season in Ganja', language: 'en' }));
    await again.index([{ ...changed, id: records[1]!.article.id }]);
    await again.remove([records[0]!.article.id]);
    expect(await ids('puppet')).toEqual(['Puppet opera for children']);
    expect(await ids('opera')).toEqual(['Puppet opera for children']);
    expect(await ids('ballet OR sheki')).toEqual(['Ballet season in Ganja']);
    await again.close();
  });

  it('upgrades a database whose key blocks had no body key pairs: both key tables are rebuilt, and body phrases are answered from the new pairs', async () => {
    const path = tempPath();
    const records = [
      makeRecord({ title: 'Crafts fair', text: 'Carpet weaving lessons. Weaving school for carpet makers.', language: 'en' }),
      makeRecord({ title: 'School news', text: 'A carpet weaving school opened in Şəki.', language: 'az' }),
    ];
    const first = await openWithIndexed(path, records);
    // What version 14 left: folded blocks without the any-field pair keys.
    foldPending(first.db, new KeyBlocks(first.db));
    first.db.exec("DELETE FROM search_key_blocks WHERE key LIKE '2a%'; PRAGMA user_version = 14;");
    expect((await first.search({ text: '"carpet weaving"', filters: {}, limit: 5, facetSize: 0 })).total).toBe(0);
    await first.close();

    const again = SqliteStore.open(path);
    expect(again.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(again.db.prepare("SELECT count(*) AS n FROM search_key_blocks WHERE key = '2axcarpet weaving'").get()).toEqual({ n: 1 });
    const total = async (text: string) => (await again.search({ text, filters: {}, limit: 5, facetSize: 0 })).total;
    for (const [text, expected] of [['"carpet weaving"', 2], ['"carpet weaving school"', 1], ['"weaving school"', 2], ['"school opened in Sheki"', 1], ['"crafts fair"', 1]] as const) {
      expect(await total(text), text).toBe(expected);
    }
    expect(again.db.prepare('SELECT count(*) AS n FROM search_rekey_pending').get()).toEqual({ n: 0 });
    await again.close();
  });

  it('upgrades a database whose document keys were spelled out token by token: they are rebuilt as key sequences, smaller, and still cleared exactly', async () => {
    const path = tempPath();
    const records = [
      makeRecord({ title: 'Loom museum', text: 'Silk weaving looms from the old workshop are shown again.', language: 'en' }),
      makeRecord({ title: 'Workshop news', text: 'The silk weaving workshop hires apprentices.', language: 'en' }),
    ];
    const first = await openWithIndexed(path, records);
    foldPending(first.db, new KeyBlocks(first.db));
    // What version 15 left: every token and pair of a document spelled out in search_doc_keys.
    const rows = first.db.prepare<[], { rowid: number; keys: Buffer }>('SELECT rowid, keys FROM search_doc_keys').all();
    const spelledOut = rows.map((row) => ({ rowid: row.rowid, keys: deflateRawSync(joinKeys(expandKeyLines(splitKeys(inflateRawSync(row.keys).toString('utf8'))))) }));
    const rewrite = first.db.prepare('UPDATE search_doc_keys SET keys = ? WHERE rowid = ?');
    for (const row of spelledOut) rewrite.run(row.keys, row.rowid);
    first.db.pragma('user_version = 15');
    await first.close();

    const again = SqliteStore.open(path);
    expect(again.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const rebuilt = again.db.prepare<[], { rowid: number; keys: Buffer }>('SELECT rowid, keys FROM search_doc_keys ORDER BY rowid').all();
    expect(rebuilt.map((row) => row.rowid)).toEqual(spelledOut.map((row) => row.rowid).sort((a, b) => a - b));
    for (const row of rebuilt) {
      expect(inflateRawSync(row.keys).toString('utf8')).toContain('\t');
      expect(row.keys.length).toBeLessThan(spelledOut.find((old) => old.rowid === row.rowid)!.keys.length);
    }
    const total = async (text: string) => (await again.search({ text, filters: {}, limit: 5, facetSize: 0 })).total;
    expect(await total('"silk weaving"')).toBe(2);
    await again.remove([records[1]!.article.id]);
    foldPending(again.db, new KeyBlocks(again.db));
    expect(await total('"silk weaving"')).toBe(1);
    expect(again.db.prepare("SELECT count(*) AS n FROM search_key_blocks WHERE key LIKE '%apprentices%'").get()).toEqual({ n: 0 });
    await again.close();
  });

  it('upgrades a database of schema version 5: entity counts per name and the doc-values log are built from what is stored', async () => {
    const path = tempPath();
    const puppets = [0, 1, 2].map((i) => makeRecord({ title: `Puppet show ${i}`, mentions: [{ entityId: 'org-puppets', type: 'organisation', name: i === 2 ? 'State Puppet Theatre' : 'Puppet Theatre' }] }));
    const first = SqliteStore.open(path);
    for (const record of puppets) {
      await first.putArticle(record);
      await first.index([toIndexDoc(record)]);
    }
    // What the code before version 6 left: no saved searches, no counts per name, no change log,
    // no clusters, no source health; relevance snapshots.
    first.db.exec(`DROP TABLE alert_deliveries; DROP TABLE saved_searches; DROP TABLE entity_name_counts; DROP TABLE index_doc_changes;
      DROP TABLE search_key_blocks; DROP TABLE search_doc_keys; DROP TABLE search_key_pending; DROP TABLE search_key_state; DROP TABLE cluster_members; DROP TABLE cluster_keys; DROP INDEX index_docs_by_cluster; ALTER TABLE index_docs DROP COLUMN cluster_id; DROP TABLE source_health; DROP TABLE entity_snapshot_chunks;
      CREATE TABLE search_snapshots (id TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, created_ms INTEGER NOT NULL, rowids BLOB NOT NULL);
      PRAGMA user_version = 5;`);
    await first.close();

    const again = SqliteStore.open(path);
    expect(again.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const listed = async () => (await again.listEntities({ limit: 10 })).items.map((e) => [e.name, e.articleCount]);
    expect(await listed()).toEqual([['Puppet Theatre', 3]]);
    // Counts keep following writes: one article renamed to the other form, one deleted.
    await again.putArticle(makeRecord({ ...puppetSpec(puppets[0]!), extractorVersion: 'test-extractor-2', mentions: [{ entityId: 'org-puppets', type: 'organisation', name: 'State Puppet Theatre' }] }));
    await again.deleteArticle(puppets[1]!.article.id);
    expect(await listed()).toEqual([['State Puppet Theatre', 2]]);
    const search = await again.search({ text: 'puppet', filters: {}, limit: 5, facetSize: 5 });
    expect(search.total).toBe(3);
    expect(search.facets?.entities.organisation.map((f) => [f.value, f.count])).toEqual([['org-puppets', 3]]);
    await again.close();
  });

  it('follows index writes of another connection in filters, facets and sort keys (doc values)', async () => {
    const path = tempPath();
    const writer = SqliteStore.open(path);
    const reader = SqliteStore.open(path);
    const harp = (outlet: string, publishedAt: string) => toIndexDoc(makeRecord({ title: `Harp evening ${outlet} ${publishedAt}`, outlet, publishedAt }));
    const first = harp('outlet-a', '2024-01-01T10:00:00Z');
    await writer.index([first, harp('outlet-b', '2024-02-01T10:00:00Z')]);
    const outlets = async () => (await reader.search({ text: 'harp', filters: {}, limit: 5, facetSize: 5, sort: 'newest' })).facets?.outlets.map((f) => [f.value, f.count]);
    expect(await outlets()).toEqual([['outlet-a', 1], ['outlet-b', 1]]);
    // The writer moves one document to another outlet and date, adds one, removes one.
    const moved = { ...first, sourceId: 'outlet-c', outlet: 'outlet-c', publishedAt: '2025-01-01T10:00:00Z' };
    const added = harp('outlet-c', '2023-01-01T10:00:00Z');
    await writer.index([moved, added]);
    await writer.remove([toIndexDoc(makeRecord({ title: 'never indexed' })).id]);
    expect(await outlets()).toEqual([['outlet-c', 2], ['outlet-b', 1]]);
    const newest = await reader.search({ text: 'harp', filters: { outlets: ['outlet-c'] }, limit: 5, facetSize: 0, sort: 'newest' });
    expect(newest.hits.map((h) => h.id)).toEqual([moved.id, added.id]);
    await writer.remove([moved.id]);
    expect(await outlets()).toEqual([['outlet-b', 1], ['outlet-c', 1]]);
    await writer.close();
    await reader.close();
  });

  it('filters by date range exactly over every bit position of the hit bitset: whole days, an exclusive instant, undated documents left out', async () => {
    const store = SqliteStore.open(tempPath());
    // 200 documents, one every 7 hours from 2024-03-01, every ninth undated: rowids fill words of
    // 32 bits, including bit 31 (a word that reads as a uint32 above 2^31).
    const start = Date.parse('2024-03-01T00:00:00Z');
    const docs = Array.from({ length: 200 }, (_, i) => makeDoc({ title: `recital ${i}`, publishedAt: i % 9 === 4 ? null : new Date(start + i * 7 * 3_600_000).toISOString() }));
    await store.index(docs);
    const within = (from: number, to: number, inclusive: boolean) =>
      docs.filter((d) => d.publishedAt !== null && Date.parse(d.publishedAt) >= from && (inclusive ? Date.parse(d.publishedAt) <= to : Date.parse(d.publishedAt) < to)).map((d) => d.id).sort();
    const found = async (filters: SearchFilters) => {
      const result = await store.search({ text: '', filters, limit: 500, facetSize: 0 });
      return { total: result.total, ids: result.hits.map((h) => h.id).sort() };
    };
    const days = await found({ from: '2024-03-10', to: '2024-03-20' });
    const dayIds = within(Date.parse('2024-03-10T00:00:00Z'), Date.parse('2024-03-21T00:00:00Z'), false);
    expect(dayIds.length).toBeGreaterThan(20);
    expect(days).toEqual({ total: dayIds.length, ids: dayIds });
    const instants = await found({ from: '2024-03-05T07:00:00Z', to: '2024-03-30T11:00:00Z' });
    const instantIds = within(Date.parse('2024-03-05T07:00:00Z'), Date.parse('2024-03-30T11:00:00Z'), true);
    expect(instants).toEqual({ total: instantIds.length, ids: instantIds });
    // With a text too: the range narrows the text's hits.
    const texts = await store.search({ text: 'recital', filters: { from: '2024-03-10' }, limit: 500, facetSize: 0 });
    expect(texts.hits.map((h) => h.id).sort()).toEqual(within(Date.parse('2024-03-10T00:00:00Z'), Number.POSITIVE_INFINITY, true));
    await store.close();
  });

  it('counts facets exactly for hits counted alone, as the collection minus the rest, or as an outlet/language filter\'s documents minus the rest, following another connection\'s writes', async () => {
    const path = tempPath();
    const writer = SqliteStore.open(path);
    const reader = SqliteStore.open(path);
    // A fixed pseudo-random mix: outlets, languages, collections, entities, one person under two names.
    let seed = 7;
    const pick = <T,>(items: readonly T[]): T => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      // The high bits: the low bit of this generator alternates, which made every pick of two alike.
      return items[Math.floor(seed / 2 ** 16) % items.length]!;
    };
    const people = ['Ayla Demir', 'Boris Lind', 'Cemile Arslan', 'Dario Neri'];
    const docOf = (i: number, word: string) => {
      const person = pick(people);
      const mentions = [
        { type: 'person' as const, name: person === 'Dario Neri' ? pick(['Dario Neri', 'D. Neri']) : person, entityId: entityIdFor('person', person) },
        { type: 'organisation' as const, name: pick(['Opera House', 'Film Agency', 'Book Fair']) },
      ];
      const outlet = pick(['outlet-a', 'outlet-b', 'outlet-c']);
      // Every document names its outlet differently: the facet label must be the newest one's.
      const sourceName = `${outlet} edition ${i}`;
      return makeDoc({ title: `${word} evening ${i}`, outlet, sourceName, language: pick(['en', 'az']), collections: pick([[], ['agencies'], ['agencies', 'ministries']]), mentions });
    };
    let docs = Array.from({ length: 40 }, (_, i) => docOf(i, i % 5 === 0 ? 'lute' : 'harp'));
    await writer.index(docs);

    // The facets counted naively from the documents themselves, in facet order (count, label, value).
    const ranked = (counts: Map<string, { count: number; label: string }>, size: number) =>
      [...counts].map(([value, { count, label }]) => ({ value, count, label })).sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0) || (a.value < b.value ? -1 : 1)).slice(0, size);
    const expected = (hits: readonly typeof docs[number][], size: number) => {
      const tally = (values: (d: typeof docs[number]) => readonly { value: string; label: string }[]) => {
        const counts = new Map<string, { count: number; label: string }>();
        for (const doc of hits) {
          for (const { value, label } of values(doc)) {
            const known = counts.get(value);
            counts.set(value, { count: (known?.count ?? 0) + 1, label: known === undefined || label < known.label ? label : known.label });
          }
        }
        return ranked(counts, size);
      };
      const plain = (facets: readonly { value: string; count: number }[]) => facets.map(({ value, count }) => ({ value, count }));
      return {
        person: tally((d) => d.entities.filter((e) => e.type === 'person').map((e) => ({ value: e.id, label: e.name }))),
        organisation: tally((d) => d.entities.filter((e) => e.type === 'organisation').map((e) => ({ value: e.id, label: e.name }))),
        outlets: plain(tally((d) => [{ value: d.sourceId, label: d.sourceId }])),
        languages: plain(tally((d) => [{ value: d.language, label: d.language }])),
        collections: plain(tally((d) => d.collections.map((c) => ({ value: c, label: c })))),
      };
    };
    const counted = async (text: string, size: number, filters: SearchFilters) => {
      const facets = (await reader.search({ text, filters, limit: 1, facetSize: size })).facets!;
      const plain = (list: readonly { value: string; count: number }[]) => list.map(({ value, count }) => ({ value, count }));
      return { person: facets.entities.person, organisation: facets.entities.organisation, outlets: plain(facets.outlets), languages: plain(facets.languages), collections: plain(facets.collections) };
    };
    // The top entities of all types together, and of one type, counted naively.
    const expectedTop = (hits: readonly typeof docs[number][], size: number, type?: string) => {
      const counts = new Map<string, { count: number; label: string }>();
      for (const doc of hits) {
        for (const e of doc.entities.filter((m) => type === undefined || m.type === type)) {
          const known = counts.get(e.id);
          counts.set(e.id, { count: (known?.count ?? 0) + 1, label: known === undefined || e.name < known.label ? e.name : known.label });
        }
      }
      return ranked(counts, size);
    };
    // The name of each listed outlet as the database gives it: its newest document's.
    const newestName = (outlet: string) =>
      writer.db.prepare<[string], string>('SELECT source_name FROM index_docs WHERE outlet = ? ORDER BY rowid DESC LIMIT 1').pluck().get(outlet);
    // Outlet and language filters: hits that are most of the documents passing them are counted as
    // those documents' tally minus the rest; two languages in turn, so that one's tally cannot stand in for the other's.
    const filterSets: SearchFilters[] = [{}, { languages: ['en'] }, { languages: ['az'] }, { outlets: ['outlet-a', 'outlet-b'], languages: ['az'] }];
    const passes = (d: typeof docs[number], filters: SearchFilters) =>
      (filters.languages === undefined || filters.languages.includes(d.language)) && (filters.outlets === undefined || filters.outlets.includes(d.sourceId));
    const check = async () => {
      // "harp" is 80% of the collection (counted as the whole minus the rest), "lute" a fifth.
      for (const filters of filterSets) {
        for (const [text, size] of [['harp', 10], ['lute', 10], ['', 2]] as const) {
          const hits = docs.filter((d) => (text === '' || d.title.startsWith(text)) && passes(d, filters));
          const label = `${text} ${size} ${JSON.stringify(filters)}`;
          expect(await counted(text, size, filters), label).toEqual(expected(hits, size));
          for (const type of [undefined, 'person'] as const) {
            const top = await reader.topEntities({ text, filters, size, ...(type ? { type } : {}) });
            expect(top, `top entities ${label} ${type}`).toEqual(expectedTop(hits, size, type));
          }
          const outlets = (await reader.search({ text, filters, limit: 1, facetSize: size })).facets!.outlets;
          expect(outlets.map((f) => f.label)).toEqual(outlets.map((f) => newestName(f.value)));
        }
      }
    };
    await check();
    // The writer re-indexes some documents with other values and removes others: the reader follows.
    const changed = docs.slice(0, 12).map((d, i) => ({ ...docOf(100 + i, i % 4 === 0 ? 'lute' : 'harp'), id: d.id }));
    const removed = docs.slice(30).map((d) => d.id);
    await writer.index(changed);
    await writer.remove(removed);
    docs = [...changed, ...docs.slice(12, 30)];
    await check();
    await writer.close();
    await reader.close();
  });

  it('follows the key writes of another connection exactly while they are pending, when they are folded and when folded documents change (pending keys)', async () => {
    const path = tempPath();
    const writer = SqliteStore.open(path);
    const reader = SqliteStore.open(path);
    const titles = async (text: string) => (await reader.search({ text, filters: {}, limit: 10, facetSize: 0 })).hits.map((h) => h.title).sort();
    const harp = makeDoc({ title: 'Harp evening at the conservatory' });
    const lute = makeDoc({ title: 'Lute recital in the old town' });
    for (const doc of [harp, lute]) await writer.index([doc]);
    const pendingRows = () => writer.db.prepare<[], number>('SELECT count(*) FROM search_key_pending').pluck().get();
    expect(pendingRows()).toBe(2);
    expect(await titles('harp OR lute')).toEqual([harp.title, lute.title]);
    expect(await titles('conserv*')).toEqual([harp.title]);
    // A large batch folds everything pending into the blocks when it ends.
    const filler = Array.from({ length: LARGE_BATCH }, (_, i) => makeDoc({ title: `Choir rehearsal number ${i}` }));
    await writer.index(filler);
    expect(pendingRows()).toBe(0);
    expect(await titles('harp OR lute')).toEqual([harp.title, lute.title]);
    // Folded documents re-indexed with other words and removed: pending rows mask their old bits.
    await writer.index([{ ...harp, title: 'Zither evening at the conservatory' }]);
    await writer.remove([lute.id]);
    expect(pendingRows()).toBe(2);
    expect(await titles('harp OR lute OR zither')).toEqual(['Zither evening at the conservatory']);
    expect(await titles('harp')).toEqual([]);
    expect(await titles('conserv* OR recital')).toEqual(['Zither evening at the conservatory']);
    expect((await reader.search({ text: 'choir -number', filters: {}, limit: 1, facetSize: 0 })).total).toBe(0);
    expect((await reader.search({ text: 'choir', filters: {}, limit: 1, facetSize: 0 })).total).toBe(LARGE_BATCH);
    await writer.close();
    await reader.close();
  });

  it('writes the keys of a large batch straight into the blocks, after folding what was pending, and another connection follows exactly', async () => {
    const path = tempPath();
    const writer = SqliteStore.open(path);
    const reader = SqliteStore.open(path);
    const titles = async (text: string) => (await reader.search({ text, filters: {}, limit: 10, facetSize: 0 })).hits.map((h) => h.title).sort();
    const total = async (text: string) => (await reader.search({ text, filters: {}, limit: 1, facetSize: 0 })).total;
    const harp = makeDoc({ title: 'Harp evening at the conservatory' });
    const lute = makeDoc({ title: 'Lute recital in the old town' });
    await writer.index([lute]);
    foldPending(writer.db, new KeyBlocks(writer.db));
    await writer.index([harp]);
    expect(await titles('"harp evening" OR lute')).toEqual([harp.title, lute.title]);
    // One batch re-indexes the staged document and the folded one (twice: the last version counts) among new ones.
    const filler = Array.from({ length: LARGE_BATCH }, (_, i) => makeDoc({ title: `Choir rehearsal number ${i}` }));
    await writer.index([...filler.slice(0, 500), { ...harp, title: 'Zither evening at the conservatory' }, { ...lute, title: 'Oud recital by the river' }, ...filler.slice(500), { ...lute, title: 'Oud concert by the sea' }]);
    const pendingRows = () => writer.db.prepare<[], number>('SELECT count(*) FROM search_key_pending').pluck().get();
    expect(pendingRows()).toBe(0);
    expect(await titles('harp OR lute OR recital OR river')).toEqual([]);
    expect(await titles('"zither evening" OR "oud concert"')).toEqual(['Oud concert by the sea', 'Zither evening at the conservatory']);
    expect(await total('choir')).toBe(LARGE_BATCH);
    // Small writes after it are staged and folded on top of the directly written keys.
    await writer.index([{ ...harp, title: 'Harp evening again' }]);
    expect(pendingRows()).toBe(1);
    expect(await titles('zither OR "harp evening"')).toEqual(['Harp evening again']);
    foldPending(writer.db, new KeyBlocks(writer.db));
    expect(await titles('zither OR "harp evening"')).toEqual(['Harp evening again']);
    // A large removal clears exactly the removed documents' bits.
    await writer.remove(filler.map((d) => d.id));
    expect(await total('choir OR rehearsal')).toBe(0);
    expect(await titles('evening OR oud')).toEqual(['Harp evening again', 'Oud concert by the sea']);
    expect(writer.db.prepare("SELECT count(*) AS n FROM search_key_blocks WHERE key LIKE '%choir%'").get()).toEqual({ n: 0 });
    await writer.close();
    await reader.close();
  });

  it('refuses a database written by a newer schema', () => {
    const path = tempPath();
    SqliteStore.open(path).db.close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => SqliteStore.open(path)).toThrow(/newer than this code/);
  });

  it('writes nothing when a record is put again unchanged', async () => {
    const store = SqliteStore.open(tempPath());
    const record = makeRecord({ mentions: [{ type: 'person', name: 'Nigar Jamal' }] });
    await store.putArticle(record);
    const changes = () => (store.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const before = changes();
    expect(await store.putArticle(record)).toBe('unchanged');
    expect(changes()).toBe(before);
    await store.close();
  });

  it('reads a publishedAt without zone as UTC', async () => {
    const store = SqliteStore.open(tempPath());
    await store.index([toIndexDoc(makeRecord({ title: 'Zone-less date', publishedAt: '2024-06-30T23:30:00' }))]);
    expect(await store.timeline({ text: '', filters: {}, interval: 'month' })).toEqual([{ key: '2024-06-01', count: 1 }]);
    await store.close();
  });
});

describe('SQLite search pages over most of the collection', () => {
  // A query matching many documents is paged by walking the date order (date-order.ts) and the
  // title / entity bonus sets; a rare one by a heap over its hits. Both must give the one order:
  // score, then newest first (oldest for sort=oldest), undated last, then the order of indexing.
  it('lists every hit once, in the order of score, date and indexing, in every sort, also after documents change', async () => {
    const store = SqliteStore.open(tempPath());
    const dates = ['2024-01-03T10:00:00Z', '2024-01-01T10:00:00Z', null, '2024-01-02T10:00:00Z', '2024-01-03T10:00:00Z'];
    const published: (string | null)[] = Array.from({ length: 70 }, (_, i) => dates[i % dates.length]!);
    const docOf = (i: number) => makeDoc({ url: `https://harp.example.org/${i}`, title: i % 6 === 0 ? `Harp night ${i}` : `Evening ${i}`, text: `Strings and a harp, heard in hall ${i}.`, publishedAt: published[i]! });
    const docs = published.map((_, i) => docOf(i));
    await store.index(docs);
    const time = (i: number): number => (published[i] === null ? Number.POSITIVE_INFINITY : Date.parse(published[i]!));
    const newestFirst = (x: number, y: number): number => (time(x) === time(y) ? 0 : time(x) === Infinity ? 1 : time(y) === Infinity ? -1 : time(y) - time(x));
    const score = (i: number): number => (i % 6 === 0 ? 4 : 1);
    const check = async (): Promise<void> => {
      const all = docs.map((_, i) => i);
      const expected = {
        relevance: [...all].sort((x, y) => score(y) - score(x) || newestFirst(x, y) || x - y),
        newest: [...all].sort((x, y) => newestFirst(x, y) || x - y),
        oldest: [...all].sort((x, y) => time(x) - time(y) || x - y),
      };
      for (const sort of ['relevance', 'newest', 'oldest'] as const) {
        const seen: string[] = [];
        const scores: number[] = [];
        let cursor: string | null = null;
        do {
          const result = await store.search({ text: 'harp', filters: {}, limit: 6, facetSize: 0, sort, cursor });
          expect(result.total).toBe(docs.length);
          seen.push(...result.hits.map((h) => h.id));
          scores.push(...result.hits.map((h) => h.score));
          cursor = result.nextCursor;
        } while (cursor !== null);
        expect(seen, sort).toEqual(expected[sort].map((i) => docs[i]!.id));
        if (sort === 'relevance') expect(scores).toEqual(expected.relevance.map(score));
      }
    };
    await check();
    // A few documents change dates (re-indexed in place) and a few are added: the date order follows.
    for (const [i, date] of [[3, null], [10, '2023-06-01T00:00:00Z'], [2, '2025-01-01T00:00:00Z'], [44, '2024-01-02T10:00:00Z']] as const) {
      published[i] = date;
      docs[i] = docOf(i);
    }
    for (let i = 70; i < 74; i += 1) {
      published.push(dates[i % dates.length]!);
      docs.push(docOf(i));
    }
    await store.index([docs[3]!, docs[10]!, docs[2]!, docs[44]!, ...docs.slice(70)]);
    await check();
    await store.close();
  });
});

describe('SQLite relevance pages by score level', () => {
  // Two words, each found or not in the title (3) and in entity names (1.5): sixteen combinations
  // but fewer scores, and some sums tie (title + title = title + entity + entity = 6). A level of
  // tied combinations must be one level, ordered newest first across all of them, and a cursor
  // inside it must resume there; levels come highest first. Rare combinations make sparse levels
  // (a heap over their hits), plain documents a dense one (the date-order walk).
  it('orders tied combinations as one level, highest score first, and resumes inside a level', async () => {
    const store = SqliteStore.open(tempPath());
    const dates = ['2024-02-03T10:00:00Z', '2024-02-01T10:00:00Z', null, '2024-02-02T10:00:00Z', '2024-02-05T10:00:00Z', '2024-02-04T10:00:00Z', '2024-02-01T10:00:00Z'];
    const combos = Array.from({ length: 64 + 70 }, (_, i) => (i < 64 ? i % 16 : 0));
    const has = (i: number, bit: number): boolean => (combos[i]! & bit) !== 0;
    const docs = combos.map((_, i) => {
      const titleWords = [has(i, 1) ? 'Lute' : '', has(i, 4) ? 'Cello' : ''].filter(Boolean).join(' and ');
      const mentions = [...(has(i, 2) ? [{ type: 'organisation' as const, name: 'Lute Guild' }] : []), ...(has(i, 8) ? [{ type: 'organisation' as const, name: 'Cello Society' }] : [])];
      return makeDoc({ url: `https://strings.example.org/${i}`, title: `${titleWords || 'Quiet'} evening ${i}`, text: `A lute and a cello were heard in hall ${i}.`, publishedAt: dates[i % dates.length]!, mentions });
    });
    await store.index(docs);
    const time = (i: number): number => (dates[i % dates.length] === null ? Number.POSITIVE_INFINITY : -Date.parse(dates[i % dates.length]!));
    // A word typed twice earns twice: three clauses (six earned sets) still page by level, four
    // (eight sets, 256 combinations) by the heap over the hits with a bonus; the order is one rule.
    for (const [text, lutes, cellos] of [['lute cello', 1, 1], ['lute cello lute', 2, 1], ['lute cello cello lute', 2, 2]] as const) {
      const score = (i: number): number => 1 + lutes * ((has(i, 1) ? 3 : 0) + (has(i, 2) ? 1.5 : 0)) + cellos * ((has(i, 4) ? 3 : 0) + (has(i, 8) ? 1.5 : 0));
      const expected = docs.map((_, i) => i).sort((x, y) => score(y) - score(x) || time(x) - time(y) || x - y);
      expect(new Set(expected.map(score)).size).toBeLessThan(16);
      for (const limit of [3, 7]) {
        const seen: string[] = [];
        const scores: number[] = [];
        let cursor: string | null = null;
        // Bounded: a cursor that failed to move on would otherwise page forever.
        for (let page = 0; page === 0 || (cursor !== null && page <= docs.length); page += 1) {
          const result = await store.search({ text, filters: {}, limit, facetSize: 0, sort: 'relevance', cursor });
          expect(result.total).toBe(docs.length);
          seen.push(...result.hits.map((h) => h.id));
          scores.push(...result.hits.map((h) => h.score));
          cursor = result.nextCursor;
        }
        expect(seen, `${text}, limit ${limit}`).toEqual(expected.map((i) => docs[i]!.id));
        expect(scores, `${text}, limit ${limit}`).toEqual(expected.map(score));
      }
    }
    await store.close();
  });
});

describe('SQLite key table without positions', () => {
  // Plans the posting bitmaps answer (keysCanMatch) must match exactly what search_fts, the key
  // table with positions, matches: words, prefixes, keywords, NOT, and phrases in any field from
  // adjacent key pairs (those of three keys or more checked on search_fts).
  it('matches the same documents as the positional table for every plan it can answer', async () => {
    const store = SqliteStore.open(tempPath());
    const docs = [
      makeDoc({ title: 'Carpet weaving school opens', text: 'Looms and wool.', mentions: [{ type: 'organisation', name: 'Carpet Weaving Union' }] }),
      makeDoc({ title: 'Weaving of a carpet', text: 'Carpet weaving lessons for children. Weaving school, then carpet fairs.', language: 'en' }),
      makeDoc({ title: 'Xalça toxuculuğu məktəbi', text: 'Şəki xalçaçıları toxuculuq məktəbində dərs deyir.', language: 'az', mentions: [{ type: 'person', name: 'Leyla Rəhimova' }] }),
      makeDoc({ title: 'Carpets weaved in Sheki', text: 'Weaving carpets, old and new. Школа ковроткачества открылась в Шеки.', mentions: [{ type: 'place', name: 'Sheki' }] }),
    ];
    const db = store.db;
    const fts = db.prepare<[string], number>('SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid').pluck();
    const queries = ['title:"carpet weaving"', 'entity:"weaving union"', 'title:"carpet weav*"', 'title:"weaving carpet"', 'title:"xalca toxuculugu"', 'title:"carpets weave"',
      'entity:"leyla rahimova"', 'carpet', 'carp*', 'weav* -title:carpet', 'sheki OR lang:az', 'title:carpet entity:sheki', '-carpet', 'entity:rəhimova',
      // Body phrases: two keys (exact from pairs), three or more (candidates checked), across
      // punctuation, across fields (never a phrase), folded letters, Russian stems, prefixes.
      '"carpet weaving"', '"weaving lessons for children"', '"carpet weaving school"', '"carpet weaving lessons"', '"children weaving school"', '"school then carpet"',
      '"wool carpet weaving"', '"opens looms"', '"carpet weav*"', '"weaving carpets old"', '"sheki xalcacilari toxuculuq"', '"Şəki xalçaçıları"', '"seki xalcacilari toxuculuq mekt*"',
      '"школы ковроткачества открылись"', '"shkola kovrotkachestva"', 'title:"carpet weaving school"', '"carpet weaving" -"weaving school"', '"weaving school" OR "old and new"',
      '"carpet carpet"', '"carpets weaving carpets"'];
    const values = new DocValues();
    const postings = new PendingKeys(new KeyBlocks(db));
    const check = (state: string): void => {
      values.sync(db);
      postings.sync(db, values);
      for (const text of queries) {
        const plan = compileQuery(text)!;
        expect(keysCanMatch(plan), text).toBe(true);
        expect([...matchKeys(plan, postings, values.end, ftsPhraseCheck(db)).toRowids()], `${state}: ${text}`).toEqual(fts.all(toFtsMatch(plan)));
      }
    };
    // Pending, folded, then changed again over folded bits: re-indexed with other words, removed.
    await store.index(docs);
    check('pending');
    foldPending(db, new KeyBlocks(db));
    check('folded');
    await store.index([{ ...docs[0]!, title: 'Felt making school opens', entities: [] }, { ...docs[2]!, title: 'Carpet weaving in Şəki' }]);
    await store.remove([docs[3]!.id]);
    check('changed over folded');
    foldPending(db, new KeyBlocks(db));
    check('folded again');
    expect(keysCanMatch(compileQuery('festival NEAR/2 film')!)).toBe(false);
    await store.close();
  });

  it('checks positions only for the candidates of phrases of three keys or more', async () => {
    const store = SqliteStore.open(tempPath());
    await store.index([
      makeDoc({ title: 'Weaving news', text: 'Carpet weaving lessons. Weaving school for carpet makers.' }),
      makeDoc({ title: 'School news', text: 'A carpet weaving school opened.' }),
      makeDoc({ title: 'Other news', text: 'Felt making.' }),
    ]);
    const db = store.db;
    const values = new DocValues();
    const postings = new PendingKeys(new KeyBlocks(db));
    values.sync(db);
    postings.sync(db, values);
    const checked: number[][] = [];
    const spy: PhraseCheck = (clause, candidates) => {
      checked.push([...candidates.toRowids()]);
      return ftsPhraseCheck(db)(clause, candidates);
    };
    const rowids = (text: string): number[] => [...matchKeys(compileQuery(text)!, postings, values.end, spy).toRowids()];
    const [first, second] = [1, 2];
    expect(rowids('"carpet weaving"')).toEqual([first, second]);
    expect(checked).toEqual([]);
    // Both documents hold "carpet weaving" and "weaving school"; only the second has the phrase.
    expect(rowids('"carpet weaving school"')).toEqual([second]);
    expect(checked).toEqual([[first, second]]);
    await store.close();
  });
});

describe('SQLite error mapping', () => {
  it('maps a lock held by another connection (SQLITE_BUSY) to StoreUnavailableError', async () => {
    const path = tempPath();
    const store = SqliteStore.open(path, { busyTimeoutMs: 20 });
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      await expect(store.putArticle(makeRecord())).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.putUrlState(makeUrlState())).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.index([toIndexDoc(makeRecord())])).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(await store.putArticle(makeRecord())).toBe('created');
    await store.close();
  });

  it('maps use after close to StoreUnavailableError', async () => {
    const store = SqliteStore.open(tempPath());
    await store.close();
    await expect(store.getArticle('x')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.search({ text: 'x', filters: {}, limit: 1, facetSize: 0 })).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.countUrlStates()).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});

describe('query plan → FTS5 expression', () => {
  const match = (text: string) => {
    const plan = compileQuery(text);
    return plan === null ? null : toFtsMatch(plan);
  };

  it('quotes every key and names the columns it searches', () => {
    const title = match('title:Festival')!;
    expect(title).toContain('({title_exact_0 title_exact_1 title_exact_2 title_exact_3}: "festival")');
    expect(title).toContain('({title_stem_0 title_stem_1 title_stem_2 title_stem_3}: "festiv")');
    expect(title).not.toContain('body_');
    expect(match('fest*')).toBe('{title_exact_0 title_exact_1 title_exact_2 title_exact_3 body_exact_0 body_exact_1 body_exact_2 body_exact_3 entities_exact_0 entities_exact_1 entities_exact_2 entities_exact_3}: "fest"*');
  });

  it('produces expressions FTS5 accepts for arbitrary input, or a QuerySyntaxError', () => {
    const db = new Database(':memory:');
    db.exec(`CREATE VIRTUAL TABLE search_fts USING fts5(${FTS_COLUMNS.join(', ')}, tokenize = "ascii")`);
    db.exec('CREATE TABLE search_key_blocks (key TEXT NOT NULL, block INTEGER NOT NULL, bits BLOB NOT NULL, PRIMARY KEY (key, block)) WITHOUT ROWID');
    db.exec('CREATE TABLE search_doc_keys (rowid INTEGER PRIMARY KEY, keys BLOB NOT NULL)');
    const blocks = new KeyBlocks(db);
    const run = db.prepare('SELECT count(*) FROM search_fts WHERE search_fts MATCH ?');
    const samples = ['"a', 'a"', '"a" "b', "'", 'x*y', '**', 'a* *b', '\u0000', '✓ ünïcödé 漢字 кино', '"phrase with * inside"', '(a OR b) AND NOT c', '{a b}', 'a:b:c', '+a -b', 'NOT a', '-a OR b', 'a NEAR/2 "b c"*', '"a b c"~3', 'outlet:"Report.az" OR lang:ru', ...Array.from({ length: 50 }, (_, i) => String.fromCharCode(33 + i).repeat(3))];
    for (const sample of samples) {
      let expression: string | null;
      try {
        expression = match(sample);
      } catch (error) {
        expect(error, sample).toBeInstanceOf(QuerySyntaxError);
        continue;
      }
      if (expression !== null) expect(() => run.get(expression), sample).not.toThrow();
      const plan = compileQuery(sample);
      if (plan !== null && keysCanMatch(plan)) expect(() => matchKeys(plan, blocks, 10, ftsPhraseCheck(db)), sample).not.toThrow();
    }
    db.close();
  });
});

describe('snippets', () => {
  const matcher = (text: string, language = 'en') => wordMatcher(compileQuery(text), language);

  it('marks matching words, ignoring case and diacritics, and escapes the rest', () => {
    const snippet = makeSnippet('Leyla Rəhimova said "<b>dubbing</b>" & more.', matcher('rahimova dub*'));
    expect(snippet).toBe('Leyla <mark>Rəhimova</mark> said &quot;&lt;b&gt;<mark>dubbing</mark>&lt;/b&gt;&quot; &amp; more.');
  });

  it('marks other forms of a word (stems) and leaves excluded words unmarked', () => {
    expect(makeSnippet('Дубляжа не было.', matcher('дубляж', 'ru'))).toBe('<mark>Дубляжа</mark> не было.');
    expect(makeSnippet('film without dubbing', matcher('film -dubbing'))).toBe('<mark>film</mark> without dubbing');
  });

  it('cuts a long text around the matches, marking the cut', () => {
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`);
    words[120] = 'needle';
    const snippet = makeSnippet(words.join(' '), matcher('needle'));
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet).toContain('<mark>needle</mark>');
    expect(snippet.split(' ').length).toBeLessThan(40);
  });

  it('starts at the beginning when nothing matches', () => {
    expect(makeSnippet('Opening night <at> the opera.', matcher(''))).toBe('Opening night &lt;at&gt; the opera.');
  });
});

describe('date filters at the edges of the calendar', () => {
  it('includes everything up to 9999-12-31 and from 0001-01-01', async () => {
    const store = SqliteStore.open(tempPath());
    await store.index([toIndexDoc(makeRecord({ title: 'Edge', publishedAt: '2024-01-01T00:00:00Z' }))]);
    expect((await store.search({ text: '', filters: { from: '0001-01-01', to: '9999-12-31' }, limit: 5, facetSize: 0 })).total).toBe(1);
    await store.close();
  });
});
