/**
 * The ArticleStore contract: one suite, run against every adapter (SQLite, DynamoDB …).
 * Each test gets a fresh, empty store from `makeStore`.
 *
 * Name matching (findEntityByName, nameContains) ignores case and diacritics. foldName maps ə to
 * "e", but English spellings write it "a" (Rəhimova → Rahimova), so both spellings must find each
 * other: shared/domain/text/name-keys.ts shows the two-key approach (foldName, and foldName
 * after ə→a).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { byUse } from '../../shared/domain/entity-names.js';
import { ENTITY_SNAPSHOT_TTL_MS, SNAPSHOT_RENEW_AFTER_MS } from '../../shared/domain/entity-cursor.js';
import { ValidationError } from '../../shared/domain/errors.js';
import type { EntitySummary } from '../../shared/domain/model.js';
import type { ArticleStore } from '../../shared/ports/article-store.js';
import { entityIdFor, makeRecord, sortedMentions, withContent } from '../support/records.js';

export interface ArticleStoreFixture {
  readonly store: ArticleStore;
  cleanup(): Promise<void>;
}

/** What every adapter's factory is given: the clock its entity snapshots expire by. */
export interface StoreOptions {
  readonly now: () => number;
}

export interface ContractOptions {
  /** When set, the suite is skipped and the reason shows in the test name. */
  readonly skipReason?: string | null;
}

async function collectEntityPages(store: ArticleStore, query: { type?: EntitySummary['type']; nameContains?: string; limit: number }): Promise<EntitySummary[]> {
  const all: EntitySummary[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const result = await store.listEntities({ ...query, cursor });
    all.push(...result.items);
    cursor = result.nextCursor;
    if (cursor === null) return all;
  }
  throw new Error('listEntities kept returning a cursor');
}

export function describeArticleStoreContract(
  name: string,
  makeStore: (options: StoreOptions) => Promise<ArticleStoreFixture>,
  options: ContractOptions = {},
): void {
  const describeOrSkip = options.skipReason ? describe.skip : describe;
  const title = options.skipReason ? `ArticleStore contract: ${name} (skipped: ${options.skipReason})` : `ArticleStore contract: ${name}`;

  describeOrSkip(title, () => {
    let fixture: ArticleStoreFixture;
    let store: ArticleStore;
    let clockMs = 0;

    beforeEach(async () => {
      clockMs = Date.UTC(2026, 0, 1);
      fixture = await makeStore({ now: () => clockMs });
      store = fixture.store;
    });
    afterEach(async () => {
      await fixture.cleanup();
    });

    const person = { type: 'person', name: 'Leyla Rahimova', aliases: ['Rahimova'], role: 'director', affiliation: 'National Film Agency' } as const;
    const agency = { type: 'organisation', name: 'National Film Agency', aliases: ['NFA'] } as const;

    it('stores a record and returns it unchanged', async () => {
      const record = makeRecord({ title: 'Film week opens', authors: ['A. Writer', 'B. Writer'], section: null, mentions: [person, agency] });
      expect(await store.putArticle(record)).toBe('created');
      const back = await store.getArticle(record.article.id);
      expect(back?.article).toEqual(record.article);
      expect(back && sortedMentions(back)).toEqual(sortedMentions(record));
    });

    it('returns null for an unknown article id', async () => {
      expect(await store.getArticle('no-such-article')).toBeNull();
    });

    it('answers "unchanged" to the same content hash and extractor version, without losing data', async () => {
      const record = makeRecord({ mentions: [person] });
      expect(await store.putArticle(record)).toBe('created');
      expect(await store.putArticle(record)).toBe('unchanged');
      const entity = await store.getEntity(entityIdFor('person', person.name));
      expect(entity?.articleCount).toBe(1);
    });

    it('answers "updated" when only the extractor version changed', async () => {
      const record = makeRecord({ mentions: [person] });
      await store.putArticle(record);
      const reExtracted = { ...record, article: { ...record.article, extractorVersion: 'test-extractor-2' } };
      expect(await store.putArticle(reExtracted)).toBe('updated');
      expect((await store.getArticle(record.article.id))?.article.extractorVersion).toBe('test-extractor-2');
    });

    it('replaces mentions when the content changes, keeping entity article counts right', async () => {
      const other = makeRecord({ mentions: [person] });
      const record = makeRecord({ title: 'First version', mentions: [person, agency] });
      await store.putArticle(other);
      await store.putArticle(record);
      expect((await store.getEntity(entityIdFor('person', person.name)))?.articleCount).toBe(2);

      const theatre = { type: 'organisation', name: 'State Drama Theatre' } as const;
      const changed = withContent(record, { title: 'Second version', mentions: [person, theatre] });
      expect(await store.putArticle(changed)).toBe('updated');

      const back = await store.getArticle(record.article.id);
      expect(back?.article.title).toBe('Second version');
      expect(back?.mentions.map((m) => m.entityId).sort()).toEqual([entityIdFor('person', person.name), entityIdFor('organisation', theatre.name)].sort());
      expect((await store.getEntity(entityIdFor('person', person.name)))?.articleCount).toBe(2);
      expect((await store.getEntity(entityIdFor('organisation', theatre.name)))?.articleCount).toBe(1);
      const dropped = await store.getEntity(entityIdFor('organisation', agency.name));
      expect(dropped === null || dropped.articleCount === 0).toBe(true);
    });

    it('merges aliases of one entity across articles', async () => {
      const id = entityIdFor('person', 'Leyla Rahimova');
      await store.putArticle(makeRecord({ mentions: [{ entityId: id, type: 'person', name: 'Leyla Rahimova', aliases: ['Rahimova'] }] }));
      await store.putArticle(makeRecord({ mentions: [{ entityId: id, type: 'person', name: 'Leyla Rəhimova', aliases: ['L. Rəhimova'] }] }));
      const entity = await store.getEntity(id);
      expect(entity).not.toBeNull();
      const forms = new Set([entity!.name, ...entity!.aliases]);
      for (const form of ['Leyla Rahimova', 'Rahimova', 'Leyla Rəhimova', 'L. Rəhimova']) expect(forms).toContain(form);
      expect(entity!.aliases.length).toBe(new Set(entity!.aliases).size);
      expect(entity!.articleCount).toBe(2);
      expect(entity!.type).toBe('person');
    });

    it('names an entity by the form most of its articles use, so a rename applied on reprocessing wins', async () => {
      const id = entityIdFor('organisation', 'Culture Ministry');
      const culture = (name: string, aliases: string[] = []) => makeRecord({ mentions: [{ entityId: id, type: 'organisation', name, aliases }] });
      const first = culture('Culture Ministry');
      await store.putArticle(first);
      await store.putArticle(culture('Ministry of Culture'));
      const third = culture('Ministry of Culture');
      await store.putArticle(third);
      expect((await store.getEntity(id))?.name).toBe('Ministry of Culture');
      // An analyst's rename reaches every article when they are reprocessed.
      for (const record of [first, third]) {
        const renamed = { ...record, article: { ...record.article, extractorVersion: 'renamed' }, mentions: record.mentions.map((m) => ({ ...m, name: 'Ministry of Culture of Azerbaijan', aliases: [m.name] })) };
        await store.putArticle(renamed);
      }
      const entity = await store.getEntity(id);
      expect(entity?.name).toBe('Ministry of Culture of Azerbaijan');
      expect(entity?.aliases).toEqual(expect.arrayContaining(['Culture Ministry', 'Ministry of Culture']));
    });

    it('keeps roles over time and lists mentioning articles most recent first', async () => {
      const id = entityIdFor('person', person.name);
      const older = makeRecord({ title: 'Older', publishedAt: '2022-05-01T10:00:00.000Z', mentions: [{ ...person, role: 'producer', affiliation: 'Studio One' }] });
      const newer = makeRecord({ title: 'Newer', publishedAt: '2024-05-01T10:00:00.000Z', mentions: [{ ...person, role: 'director', affiliation: 'National Film Agency' }] });
      const middle = makeRecord({ title: 'Middle', publishedAt: '2023-05-01T10:00:00.000Z', mentions: [{ ...person, role: null, affiliation: null }] });
      for (const record of [older, newer, middle]) await store.putArticle(record);

      const entity = await store.getEntity(id);
      expect(entity?.articles.map((a) => a.title)).toEqual(['Newer', 'Middle', 'Older']);
      expect(entity?.articles[0]).toEqual({ id: newer.article.id, title: 'Newer', publishedAt: newer.article.publishedAt, outlet: newer.article.outlet });
      expect(entity?.roles).toEqual(
        expect.arrayContaining([
          { role: 'producer', affiliation: 'Studio One', articleId: older.article.id, publishedAt: older.article.publishedAt },
          { role: 'director', affiliation: 'National Film Agency', articleId: newer.article.id, publishedAt: newer.article.publishedAt },
        ]),
      );
    });

    it('returns null for an unknown entity id', async () => {
      expect(await store.getEntity('no-such-entity')).toBeNull();
    });

    it('finds an entity by name or alias, ignoring case and diacritics', async () => {
      await store.putArticle(makeRecord({ mentions: [person, agency] }));
      const id = entityIdFor('person', person.name);
      expect((await store.findEntityByName('Leyla Rahimova'))?.id).toBe(id);
      expect((await store.findEntityByName('LEYLA RƏHIMOVA'))?.id).toBe(id);
      expect((await store.findEntityByName('  leyla   rəhimova '))?.id).toBe(id);
      expect((await store.findEntityByName('rahimova'))?.id).toBe(id);
      expect((await store.findEntityByName('nfa'))?.id).toBe(entityIdFor('organisation', agency.name));
      expect((await store.findEntityByName('Leyla Rahimova', 'person'))?.id).toBe(id);
      expect(await store.findEntityByName('Leyla Rahimova', 'organisation')).toBeNull();
      expect(await store.findEntityByName('Somebody Else')).toBeNull();
      expect(await store.findEntityByName('Leyla')).toBeNull();
    });

    it('lists entities most mentioned first, filtered by type and name', async () => {
      const names = ['Alpha Ensemble', 'Beta Quartet', 'Gamma Choir'];
      // Alpha in 3 articles, Beta in 2, Gamma in 1.
      await store.putArticle(makeRecord({ mentions: names.map((n) => ({ type: 'organisation', name: n })) }));
      await store.putArticle(makeRecord({ mentions: names.slice(0, 2).map((n) => ({ type: 'organisation', name: n })) }));
      await store.putArticle(makeRecord({ mentions: [{ type: 'organisation', name: 'Alpha Ensemble' }, { type: 'person', name: 'Arif Alphaev' }] }));

      const all = await store.listEntities({ limit: 10 });
      expect(all.items.map((e) => e.name)).toEqual(['Alpha Ensemble', 'Beta Quartet', expect.any(String), expect.any(String)]);
      expect(all.items.map((e) => e.articleCount)).toEqual([3, 2, 1, 1]);
      expect(all.nextCursor).toBeNull();
      expect(all.total).toBe(4);
      const firstPage = await store.listEntities({ limit: 1 });
      expect(firstPage.items).toHaveLength(1);
      expect(firstPage.total).toBe(4);
      expect((await store.listEntities({ limit: 1, type: 'person' })).total).toBe(1);

      const people = await store.listEntities({ type: 'person', limit: 10 });
      expect(people.items.map((e) => e.name)).toEqual(['Arif Alphaev']);

      const alpha = await store.listEntities({ nameContains: 'ALPHA', limit: 10 });
      expect(alpha.items.map((e) => e.name).sort()).toEqual(['Alpha Ensemble', 'Arif Alphaev']);
      const alphaOrgs = await store.listEntities({ nameContains: 'alpha', type: 'organisation', limit: 10 });
      expect(alphaOrgs.items.map((e) => e.name)).toEqual(['Alpha Ensemble']);
      expect(alpha.total).toBe(2);
    });

    it('suggests entities whose name or alias starts with the typed text, most mentioned first', async () => {
      const film = { type: 'organisation', name: 'Film Fund' } as const;
      const filarmonia = { type: 'organisation', name: 'Azərbaycan Dövlət Filarmoniyası', aliases: ['Filarmoniya'] } as const;
      await store.putArticle(makeRecord({ mentions: [person, film, filarmonia] }));
      await store.putArticle(makeRecord({ mentions: [film] }));
      await store.putArticle(makeRecord({ mentions: [film, { type: 'person', name: 'Filip Novak' }] }));

      const names = async (prefix: string, limit = 10) => (await store.suggestEntities({ prefix, limit })).map((e) => e.name);
      // Film Fund in 3 articles first; the others once each, ties in a stable order.
      expect((await names('FIL')).slice(0, 1)).toEqual(['Film Fund']);
      expect((await names('fil')).sort()).toEqual(['Azərbaycan Dövlət Filarmoniyası', 'Film Fund', 'Filip Novak'].sort());
      expect(await names('fil', 1)).toEqual(['Film Fund']);
      // Diacritics and ə/a spellings both match; an alias counts as a name.
      expect(await names('azerb')).toEqual(['Azərbaycan Dövlət Filarmoniyası']);
      expect(await names('azarb')).toEqual(['Azərbaycan Dövlət Filarmoniyası']);
      expect(await names('Rəhim')).toEqual([person.name]);
      expect(await names('leyla r')).toEqual([person.name]);
      // Only the start of a name or alias matches, and one letter is not enough to suggest from.
      expect(await names('ahimova')).toEqual([]);
      expect(await names('f')).toEqual([]);
      expect(await names('zz')).toEqual([]);
      const suggested = (await store.suggestEntities({ prefix: 'film', limit: 5 }))[0];
      expect(suggested).toMatchObject({ id: entityIdFor('organisation', film.name), type: 'organisation', articleCount: 3 });
    });

    it('does not suggest an entity no article mentions any more', async () => {
      const record = makeRecord({ mentions: [{ type: 'event', name: 'Novruz Fair' }] });
      await store.putArticle(record);
      expect((await store.suggestEntities({ prefix: 'novruz', limit: 5 })).map((e) => e.name)).toEqual(['Novruz Fair']);
      await store.deleteArticle(record.article.id);
      expect(await store.suggestEntities({ prefix: 'novruz', limit: 5 })).toEqual([]);
    });

    it("lists an entity's name forms per article language, most used first", async () => {
      const az = { type: 'organisation', name: 'Mədəniyyət Nazirliyi', aliases: ['Ministry of Culture'] } as const;
      await store.putArticle(makeRecord({ language: 'az', mentions: [az] }));
      await store.putArticle(makeRecord({ language: 'az', mentions: [{ ...az, aliases: [] }] }));
      await store.putArticle(makeRecord({ language: 'en', mentions: [{ type: 'organisation', name: 'Mədəniyyət Nazirliyi', aliases: ['Ministry of Culture', 'the Ministry'] }] }));
      const forms = await store.entityNameForms(entityIdFor('organisation', az.name));
      expect(forms).toEqual([
        { name: 'Mədəniyyət Nazirliyi', lang: 'az', count: 2 },
        { name: 'Ministry of Culture', lang: 'az', count: 1 },
        { name: 'Ministry of Culture', lang: 'en', count: 1 },
        { name: 'Mədəniyyət Nazirliyi', lang: 'en', count: 1 },
        { name: 'the Ministry', lang: 'en', count: 1 },
      ].sort(byUse));
      expect(await store.entityNameForms('no-such-entity')).toEqual([]);
    });

    it('matches nameContains against aliases and without diacritics', async () => {
      await store.putArticle(makeRecord({ mentions: [{ type: 'organisation', name: 'Azərbaycan Dövlət Filarmoniyası', aliases: ['Filarmoniya'] }] }));
      expect((await store.listEntities({ nameContains: 'dovlet', limit: 10 })).items).toHaveLength(1);
      expect((await store.listEntities({ nameContains: 'filarmoniya', limit: 10 })).items).toHaveLength(1);
      expect((await store.listEntities({ nameContains: 'opera', limit: 10 })).items).toHaveLength(0);
    });

    it('pages through entities with a cursor, each entity exactly once', async () => {
      const names = Array.from({ length: 7 }, (_, i) => `Paging Entity ${i}`);
      await store.putArticle(makeRecord({ mentions: names.map((n) => ({ type: 'work', name: n })) }));
      await store.putArticle(makeRecord({ mentions: names.slice(0, 3).map((n) => ({ type: 'work', name: n })) }));
      const seen = await collectEntityPages(store, { limit: 2 });
      expect(seen.map((e) => e.name).sort()).toEqual([...names].sort());
      expect(seen.slice(0, 3).every((e) => e.articleCount === 2)).toBe(true);
      expect(seen.slice(3).every((e) => e.articleCount === 1)).toBe(true);
    });

    it('pages entities without a repeat or a skip while counts change between pages', async () => {
      const names = Array.from({ length: 10 }, (_, i) => `Moving Entity ${i}`);
      const mention = (n: string) => ({ type: 'work' as const, name: n });
      // Entities 0–4 are in two articles, 5–9 in one: most mentioned first puts 0–4 ahead.
      await store.putArticle(makeRecord({ mentions: names.map(mention) }));
      const second = makeRecord({ mentions: names.slice(0, 5).map(mention) });
      await store.putArticle(second);
      const returned: EntitySummary[] = [];
      const first = await store.listEntities({ limit: 3 });
      returned.push(...first.items);
      // Not yet returned entities overtake the page boundary, and a new entity appears.
      for (let i = 0; i < 2; i += 1) await store.putArticle(makeRecord({ mentions: [...names.slice(7).map(mention), mention('Moving Entity new')] }));
      const middle = await store.listEntities({ limit: 3, cursor: first.nextCursor });
      returned.push(...middle.items);
      // Entities already returned fall behind the boundary: their second article goes.
      await store.deleteArticle(second.article.id);
      let cursor = middle.nextCursor;
      for (let page = 0; cursor !== null && page < 20; page += 1) {
        const next = await store.listEntities({ limit: 3, cursor });
        returned.push(...next.items);
        cursor = next.nextCursor;
      }
      expect(cursor).toBeNull();
      const ids = returned.map((entity) => entity.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(names.every((n) => returned.some((entity) => entity.name === n))).toBe(true);
    });

    it('pages 1,000 entities exactly while another writer changes counts and adds entities between pages', async () => {
      const names = Array.from({ length: 1_000 }, (_, i) => `Snapshot Entity ${i}`);
      const mention = (n: string) => ({ type: 'event' as const, name: n });
      for (let part = 0; part < 4; part += 1) await store.putArticle(makeRecord({ mentions: names.slice(part * 250, (part + 1) * 250).map(mention) }));
      // Entities 0–99 are in a fifth article too, so the order has two counts to move between.
      const boost = makeRecord({ mentions: names.slice(0, 100).map(mention) });
      await store.putArticle(boost);
      const returned: EntitySummary[] = [];
      const totals: number[] = [];
      let page = await store.listEntities({ limit: 50 });
      for (let n = 0; n < 40; n += 1) {
        returned.push(...page.items);
        totals.push(page.total);
        if (page.nextCursor === null) break;
        const seen = new Set(returned.map((entity) => entity.name));
        const ahead = names.filter((name) => !seen.has(name)).slice(-15);
        // Entities not returned yet overtake the boundary, returned ones gain too, and new ones appear.
        await store.putArticle(makeRecord({ mentions: [...ahead, ...returned.slice(-5).map((e) => e.name), `Snapshot Newcomer ${n}`].map(mention) }));
        // Entities already returned fall behind the boundary.
        if (n === 6) await store.deleteArticle(boost.article.id);
        page = await store.listEntities({ limit: 50, cursor: page.nextCursor });
      }
      expect(page.nextCursor).toBeNull();
      const ids = returned.map((entity) => entity.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(returned.map((entity) => entity.name).sort()).toEqual([...names].sort());
      expect(new Set(totals)).toEqual(new Set([1_000]));
      // Each entity shows its count as of the first page, so the pages together keep the order.
      expect(returned.slice(0, 100).every((entity) => entity.articleCount === 2)).toBe(true);
      expect(returned.slice(100).every((entity) => entity.articleCount === 1)).toBe(true);
    }, 180_000); // dynalite stores the 1,000 entities one update at a time: tens of seconds on a loaded machine

    it('names the same snapshot while nothing changes, and renews it, so a first page keeps its cursor', async () => {
      const work = (n: string) => ({ type: 'work' as const, name: n });
      await store.putArticle(makeRecord({ mentions: ['Kept A', 'Kept B', 'Kept C'].map(work) }));
      const first = await store.listEntities({ limit: 1 });
      clockMs += SNAPSHOT_RENEW_AFTER_MS - 1_000;
      expect((await store.listEntities({ limit: 1 })).nextCursor).toBe(first.nextCursor);
      clockMs += ENTITY_SNAPSHOT_TTL_MS - SNAPSHOT_RENEW_AFTER_MS;
      const again = await store.listEntities({ limit: 1 });
      expect(again.nextCursor).toBe(first.nextCursor);
      clockMs += 2_000;
      expect((await store.listEntities({ limit: 1, cursor: first.nextCursor })).items).toHaveLength(1);
      await store.putArticle(makeRecord({ mentions: [work('Kept B')] }));
      expect((await store.listEntities({ limit: 1 })).nextCursor).not.toBe(first.nextCursor);
    });

    it('refuses an entity cursor of another filter, and one older than the snapshot lifetime', async () => {
      await store.putArticle(makeRecord({ mentions: ['Bound A', 'Bound B', 'Bound C'].map((n) => ({ type: 'work' as const, name: n })) }));
      const works = await store.listEntities({ type: 'work', limit: 1 });
      expect(works.nextCursor).not.toBeNull();
      await expect(store.listEntities({ type: 'event', limit: 1, cursor: works.nextCursor })).rejects.toBeInstanceOf(ValidationError);
      await expect(store.listEntities({ type: 'work', nameContains: 'bound', limit: 1, cursor: works.nextCursor })).rejects.toBeInstanceOf(ValidationError);
      clockMs += ENTITY_SNAPSHOT_TTL_MS - 1_000;
      expect((await store.listEntities({ type: 'work', limit: 1, cursor: works.nextCursor })).items).toHaveLength(1);
      clockMs += 2_000;
      await expect(store.listEntities({ type: 'work', limit: 1, cursor: works.nextCursor })).rejects.toBeInstanceOf(ValidationError);
    });

    it('rejects a malformed entity cursor with a ValidationError', async () => {
      await store.putArticle(makeRecord({ mentions: [person] }));
      await expect(store.listEntities({ limit: 1, cursor: '%%not-a-cursor%%' })).rejects.toBeInstanceOf(ValidationError);
    });

    it('rejects an entity page size that is not a positive integer with a ValidationError', async () => {
      await store.putArticle(makeRecord({ mentions: [person] }));
      for (const limit of [0, -1, 1.5]) await expect(store.listEntities({ limit }), String(limit)).rejects.toBeInstanceOf(ValidationError);
    });

    it('lists articles page by page, each once, optionally fetched since an instant', async () => {
      const records = Array.from({ length: 5 }, (_, i) => makeRecord({ title: `Listed ${i}`, fetchedAt: `2024-03-0${i + 1}T08:00:00.000Z` }));
      for (const record of records) await store.putArticle(record);
      const ids: string[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 10; page += 1) {
        const result = await store.listArticles({ limit: 2, cursor });
        expect(result.items.length).toBeLessThanOrEqual(2);
        ids.push(...result.items.map((r) => r.article.id));
        cursor = result.nextCursor;
        if (cursor === null) break;
      }
      expect(ids.sort()).toEqual(records.map((r) => r.article.id).sort());

      const recent = await store.listArticles({ fetchedSince: '2024-03-04T00:00:00.000Z', limit: 10 });
      expect(recent.items.map((r) => r.article.title).sort()).toEqual(['Listed 3', 'Listed 4']);
    });

    it('pages through many articles and entities in small pages: each once, entities most mentioned first', async () => {
      // Enough items that a sharded listing (DynamoDB) spreads them over many partitions.
      const records = Array.from({ length: 30 }, (_, i) =>
        makeRecord({
          title: `Many ${i}`,
          fetchedAt: `2024-04-${String((i % 28) + 1).padStart(2, '0')}T08:00:00.000Z`,
          // Entity k is mentioned by articles k … 29: counts 1 … 12 for k = 29 … 18, one per count.
          mentions: Array.from({ length: 12 }, (_, k) => k + 18).filter((k) => i >= k).map((k) => ({ type: 'project' as const, name: `Many Project ${k}` })),
        }),
      );
      for (const record of records) await store.putArticle(record);
      const ids: string[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 40 && (page === 0 || cursor !== null); page += 1) {
        const result = await store.listArticles({ limit: 3, cursor });
        expect(result.items.length).toBeLessThanOrEqual(3);
        ids.push(...result.items.map((r) => r.article.id));
        cursor = result.nextCursor;
      }
      expect(cursor).toBeNull();
      expect(ids.sort()).toEqual(records.map((r) => r.article.id).sort());

      const entities = await collectEntityPages(store, { type: 'project', limit: 4 });
      expect(entities.map((e) => e.name).sort()).toEqual(Array.from({ length: 12 }, (_, k) => `Many Project ${k + 18}`).sort());
      expect(entities.map((e) => e.articleCount)).toEqual(Array.from({ length: 12 }, (_, n) => 12 - n));
    });

    it('deletes an article with its mentions; deleting again is harmless', async () => {
      const keep = makeRecord({ mentions: [person] });
      const gone = makeRecord({ mentions: [person, agency] });
      await store.putArticle(keep);
      await store.putArticle(gone);
      await store.deleteArticle(gone.article.id);
      await store.deleteArticle(gone.article.id);
      expect(await store.getArticle(gone.article.id)).toBeNull();
      expect(await store.getArticle(keep.article.id)).not.toBeNull();
      const entity = await store.getEntity(entityIdFor('person', person.name));
      expect(entity?.articleCount).toBe(1);
      expect(entity?.articles.map((a) => a.id)).toEqual([keep.article.id]);
      const orphan = await store.getEntity(entityIdFor('organisation', agency.name));
      expect(orphan === null || orphan.articleCount === 0).toBe(true);
      const listed = await store.listEntities({ limit: 10 });
      expect(listed.items.filter((e) => e.articleCount > 0).map((e) => e.name)).toEqual([person.name]);
    });

    it('stores a new record after its article was deleted ("created" again)', async () => {
      const record = makeRecord({ mentions: [person] });
      await store.putArticle(record);
      await store.deleteArticle(record.article.id);
      expect(await store.putArticle(record)).toBe('created');
      expect((await store.getEntity(entityIdFor('person', person.name)))?.articleCount).toBe(1);
    });
  });
}
