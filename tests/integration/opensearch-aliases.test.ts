/**
 * Template, aliases and the zero-downtime reindex of the OpenSearch index, on a real node.
 * Skipped (and says so) without a node, unless OPENSEARCH_REQUIRED=1.
 */
import type { Client } from '@opensearch-project/opensearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenSearchIndex } from '../../shared/adapters/opensearch/index.js';
import { ismAvailable, rolloverPolicy } from '../../shared/adapters/opensearch/lifecycle.js';
import { indexNames } from '../../shared/adapters/opensearch/names.js';
import { makeDoc } from '../support/records.js';
import { deletePrefix, openSearchTarget, skipReason, testClient, uniqueIndexPrefix } from '../support/opensearch.js';

const target = await openSearchTarget();
const describeNode = target ? describe : describe.skip;

/** Concrete index → aliases on it, for every index of the prefix. */
async function aliasMap(client: Client, prefix: string): Promise<Record<string, Record<string, { is_write_index?: boolean }>>> {
  const response = await client.indices.getAlias({ index: `${prefix}-articles-v*` });
  const body = response.body as Record<string, { aliases: Record<string, { is_write_index?: boolean }> }>;
  return Object.fromEntries(Object.entries(body).map(([index, { aliases }]) => [index, aliases]));
}

async function countIn(client: Client, index: string): Promise<number> {
  await client.indices.refresh({ index });
  const response = await client.count({ index });
  return (response.body as { count: number }).count;
}

describeNode(`OpenSearch index template, aliases and reindex${target ? '' : ` (skipped: ${skipReason()})`}`, () => {
  let client: Client;
  let prefix: string;
  let index: OpenSearchIndex;
  const docs = Array.from({ length: 60 }, (_, i) =>
    makeDoc({ title: `Recital number ${i}`, text: `Leyla Rəhimova sang at recital ${i}.`, publishedAt: `2024-01-${String((i % 28) + 1).padStart(2, '0')}T10:00:00.000Z` }),
  );

  beforeAll(async () => {
    client = testClient(target!);
    prefix = uniqueIndexPrefix('aliases');
    index = new OpenSearchIndex(client, prefix);
  });
  afterAll(async () => {
    await deletePrefix(client, prefix);
    await client.close();
  });

  it('bootstraps v1 from the template behind a read alias and a write alias, idempotently', async () => {
    await index.ensureIndex();
    await index.ensureIndex();
    expect(await aliasMap(client, prefix)).toEqual({
      [`${prefix}-articles-v1-000001`]: { [`${prefix}-articles-read`]: {}, [`${prefix}-articles-write`]: { is_write_index: true } },
    });
    const template = await client.indices.getIndexTemplate({ name: `${prefix}-articles` });
    const [installed] = (template.body as { index_templates: { index_template: { index_patterns: string[] } }[] }).index_templates;
    expect(installed?.index_template.index_patterns).toEqual([`${prefix}-articles-v*`]);
  });

  it('adds no analysis of its own to the domain keys: the key fields only split on spaces', async () => {
    // Folding, spellings and stems come from shared/domain/search, the same for every engine.
    const response = await client.indices.analyze({ index: `${prefix}-articles-read`, body: { field: 'body_exact', text: 'Rəhimova BAŞLAYIR müsabiqə-2' } });
    const tokens = (response.body as { tokens: { token: string }[] }).tokens.map((t) => t.token);
    expect(tokens).toEqual(['Rəhimova', 'BAŞLAYIR', 'müsabiqə-2']);
  });

  it('reindexes into v2 and swaps both aliases, while searches keep seeing every document', async () => {
    const written = await index.index(docs);
    expect(written).toEqual({ indexed: docs.length, failures: [] });
    await index.refresh();

    // Search continuously while the copy and swap run: no search may fail or see a partial index.
    let done = false;
    const totals: number[] = [];
    const searching = (async () => {
      while (!done) {
        totals.push((await index.search({ text: 'rahimova', filters: {}, limit: 1, facetSize: 0 })).total);
      }
    })();
    const result = await index.reindex();
    done = true;
    await searching;

    expect(result).toEqual({ from: `${prefix}-articles-v1-000001`, to: `${prefix}-articles-v2-000001`, copied: docs.length });
    expect(totals.length).toBeGreaterThan(0);
    expect(new Set(totals)).toEqual(new Set([docs.length]));
    expect(await aliasMap(client, prefix)).toEqual({
      [`${prefix}-articles-v1-000001`]: {},
      [`${prefix}-articles-v2-000001`]: { [`${prefix}-articles-read`]: {}, [`${prefix}-articles-write`]: { is_write_index: true } },
    });
  });

  it('writes after the swap go to the new version only', async () => {
    const late = makeDoc({ title: 'Late recital', text: 'Added after the reindex.' });
    await index.index([late]);
    await index.refresh();
    expect(await countIn(client, `${prefix}-articles-v2-000001`)).toBe(docs.length + 1);
    expect(await countIn(client, `${prefix}-articles-v1-000001`)).toBe(docs.length);
    expect((await index.search({ text: 'late recital', filters: {}, limit: 5, facetSize: 0 })).hits.map((h) => h.id)).toEqual([late.id]);
  });

  it('replaces a stale unaliased next version and can delete the old one', async () => {
    // An interrupted reindex would leave v3 behind without aliases, maybe half-filled.
    const stray = makeDoc({ title: 'Stray copy' });
    await client.index({ index: `${prefix}-articles-v3-000001`, id: stray.id, body: { id: stray.id, title: stray.title }, refresh: true });
    await client.indices.updateAliases({ body: { actions: [{ remove: { index: `${prefix}-articles-v3-000001`, alias: `${prefix}-articles-read` } }] } });
    const result = await index.reindex({ deleteOld: true });
    expect(result).toEqual({ from: `${prefix}-articles-v2-000001`, to: `${prefix}-articles-v3-000001`, copied: docs.length + 1 });
    const aliases = await aliasMap(client, prefix);
    expect(Object.keys(aliases).sort()).toEqual([`${prefix}-articles-v1-000001`, `${prefix}-articles-v3-000001`]);
    expect(aliases[`${prefix}-articles-v3-000001`]).toEqual({ [`${prefix}-articles-read`]: {}, [`${prefix}-articles-write`]: { is_write_index: true } });
    expect((await index.search({ text: '', filters: {}, limit: 1, facetSize: 0 })).total).toBe(docs.length + 1);
    expect((await index.search({ text: 'stray', filters: {}, limit: 1, facetSize: 0 })).total).toBe(0);
  });
});

describeNode(`OpenSearch index rollover behind the alias pair${target ? '' : ` (skipped: ${skipReason()})`}`, () => {
  let client: Client;
  let prefix: string;
  let index: OpenSearchIndex;
  const docs = Array.from({ length: 3 }, (_, i) => makeDoc({ title: `Rollover concert ${i}`, text: `Concert ${i} of the rollover season.` }));
  const total = async (text: string): Promise<number> => (await index.search({ text, filters: {}, limit: 10, facetSize: 0 })).total;

  beforeAll(async () => {
    client = testClient(target!);
    prefix = uniqueIndexPrefix('rollover');
    index = new OpenSearchIndex(client, prefix);
    await index.ensureIndex();
  });
  afterAll(async () => {
    await deletePrefix(client, prefix);
    await client.close();
  });

  it('rolls the write alias over to a new generation that joins the read alias; searches see both', async () => {
    await index.index(docs);
    const result = await index.rollover();
    expect(result).toEqual({ rolledOver: true, from: `${prefix}-articles-v1-000001`, to: `${prefix}-articles-v1-000002` });
    expect(await aliasMap(client, prefix)).toEqual({
      [`${prefix}-articles-v1-000001`]: { [`${prefix}-articles-read`]: {}, [`${prefix}-articles-write`]: { is_write_index: false } },
      [`${prefix}-articles-v1-000002`]: { [`${prefix}-articles-read`]: {}, [`${prefix}-articles-write`]: { is_write_index: true } },
    });
    const late = makeDoc({ title: 'Rollover concert late', text: 'Written after the rollover.' });
    await index.index([late]);
    await index.refresh();
    expect(await countIn(client, `${prefix}-articles-v1-000002`)).toBe(1);
    expect(await total('rollover')).toBe(4);
  });

  it('keeps one copy of an article updated after the rollover, and removes an article from every generation', async () => {
    await index.index([{ ...docs[0]!, title: 'Rollover concert 0, revised' }]);
    await index.remove([docs[1]!.id]);
    await index.refresh();
    expect(await total('rollover')).toBe(3);
    expect((await index.search({ text: 'revised', filters: {}, limit: 10, facetSize: 0 })).hits.map((hit) => hit.id)).toEqual([docs[0]!.id]);
    expect(await countIn(client, `${prefix}-articles-v1-000001`)).toBe(1);
    expect(await countIn(client, `${prefix}-articles-v1-000002`)).toBe(2);
  });

  it('reindexes every generation into the next version and moves both aliases there', async () => {
    const result = await index.reindex({ deleteOld: true });
    expect(result).toEqual({ from: `${prefix}-articles-v1-000001,${prefix}-articles-v1-000002`, to: `${prefix}-articles-v2-000001`, copied: 3 });
    expect(await aliasMap(client, prefix)).toEqual({
      [`${prefix}-articles-v2-000001`]: { [`${prefix}-articles-read`]: {}, [`${prefix}-articles-write`]: { is_write_index: true } },
    });
    expect(await total('rollover')).toBe(3);
  });

  it('installs the ISM policy that rolls over by age where the plugin exists, and leaves ISM settings out where it does not', async () => {
    const names = indexNames(prefix);
    const policy = rolloverPolicy(names) as { policy: { states: { name: string; actions: { rollover?: Record<string, string> }[] }[]; ism_template: { index_patterns: string[] }[] } };
    expect(policy.policy.states[0]!.actions[0]!.rollover).toEqual({ min_index_age: '30d', min_primary_shard_size: '30gb' });
    expect(policy.policy.ism_template[0]!.index_patterns).toEqual([names.pattern]);
    const template = await client.indices.getIndexTemplate({ name: names.template });
    const settings = JSON.stringify((template.body as { index_templates: { index_template: { template: { settings: unknown } } }[] }).index_templates[0]!.index_template.template.settings);
    if (await ismAvailable(client, names)) {
      const installed = await client.transport.request({ method: 'GET', path: `/_plugins/_ism/policies/${names.rolloverPolicy}` });
      expect(JSON.stringify(installed.body)).toContain('min_index_age');
      expect(settings).toContain(names.write);
    } else {
      // The integ-test distribution has no ISM plugin: rollover is the API above, called by hand.
      expect(settings).not.toContain('rollover_alias');
    }
  });
});
