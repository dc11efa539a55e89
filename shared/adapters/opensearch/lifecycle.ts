import type { Client } from '@opensearch-project/opensearch';
import { StoreUnavailableError } from '../../domain/errors.js';
import { guarded, isNotFound } from './errors.js';
import type { IndexNames } from './names.js';
import { articleIndexMappings, articleIndexSettings, TEMPLATE_VERSION, type TemplateOptions } from './template.js';

export interface ReindexResult {
  readonly from: string;
  readonly to: string;
  readonly copied: number;
}

/** Copying a large index can take minutes; the client's default timeout is for searches. */
const REINDEX_TIMEOUT_MS = 30 * 60_000;

/**
 * Every index of the prefix joins the read alias when it is created (so a generation made by a
 * rollover is searchable at once); with ISM, the template also names the alias ISM rolls over.
 */
async function putTemplate(client: Client, names: IndexNames, options: TemplateOptions, ism: boolean): Promise<void> {
  const settings = { ...articleIndexSettings(options), ...(ism ? { 'plugins.index_state_management.rollover_alias': names.write } : {}) };
  await guarded('install the index template', () =>
    client.indices.putIndexTemplate({
      name: names.template,
      body: {
        index_patterns: [names.pattern],
        // Above catch-all templates a domain may carry.
        priority: 100,
        version: TEMPLATE_VERSION,
        template: { settings, mappings: articleIndexMappings(), aliases: { [names.read]: {} } },
      } as never,
    }),
  );
}

/** A new write index every 30 days, or sooner once a primary shard holds 30 GB. */
export const ROLLOVER_CONDITIONS = { min_index_age: '30d', min_primary_shard_size: '30gb' } as const;

/**
 * The ISM policy that rolls the write alias over by time (and size); older generations stay
 * behind the read alias. Attached to every new index of the prefix by its ism_template.
 */
export function rolloverPolicy(names: IndexNames): Record<string, unknown> {
  return {
    policy: {
      description: 'culture-index: roll the article write index over by age and size; older generations stay searchable',
      default_state: 'hot',
      states: [
        { name: 'hot', actions: [{ rollover: { ...ROLLOVER_CONDITIONS } }], transitions: [{ state_name: 'rolled' }] },
        { name: 'rolled', actions: [], transitions: [] },
      ],
      ism_template: [{ index_patterns: [names.pattern], priority: 100 }],
    },
  };
}

function statusOf(error: unknown): number | undefined {
  return (error as { meta?: { statusCode?: number } })?.meta?.statusCode;
}

/** True when the domain has the Index State Management plugin (Amazon OpenSearch Service does). */
export async function ismAvailable(client: Client, names: IndexNames): Promise<boolean> {
  try {
    await client.transport.request({ method: 'GET', path: `/_plugins/_ism/policies/${names.rolloverPolicy}` });
    return true;
  } catch (error) {
    if (statusOf(error) === 404) return true; // the plugin answers: no such policy yet
    if (statusOf(error) === 400 && JSON.stringify((error as { meta?: { body?: unknown } }).meta?.body ?? '').includes('no handler found')) return false;
    return guarded('look for the ISM plugin', () => Promise.reject(error));
  }
}

async function installRolloverPolicy(client: Client, names: IndexNames): Promise<void> {
  try {
    await client.transport.request({ method: 'PUT', path: `/_plugins/_ism/policies/${names.rolloverPolicy}`, body: rolloverPolicy(names) });
  } catch (error) {
    if (statusOf(error) === 409) return; // installed by an earlier or parallel start
    await guarded('install the ISM rollover policy', () => Promise.reject(error));
  }
}

/** The index the write alias writes to (after rollovers the alias stays on older generations, not as write index). */
async function writeIndexOf(client: Client, names: IndexNames): Promise<string | undefined> {
  const response = await guarded('read the write alias', () => client.indices.getAlias({ name: names.write }));
  const entries = Object.entries(response.body as Record<string, { aliases: Record<string, { is_write_index?: boolean }> }>);
  if (entries.length === 1) return entries[0]![0];
  return entries.find(([, { aliases }]) => aliases[names.write]?.is_write_index === true)?.[0];
}

export interface RolloverResult {
  readonly rolledOver: boolean;
  readonly from: string;
  readonly to: string;
}

/**
 * Rolls the write alias over to a new generation now (or when `conditions` hold) — what ISM does
 * on its schedule, callable where ISM is missing (a local node) or for an operator.
 */
export async function rolloverArticles(client: Client, names: IndexNames, conditions?: Record<string, string | number>): Promise<RolloverResult> {
  const response = await guarded('roll the write index over', () => client.indices.rollover({ alias: names.write, body: (conditions ? { conditions } : {}) as never }));
  const body = response.body as { rolled_over: boolean; old_index: string; new_index: string };
  return { rolledOver: body.rolled_over, from: body.old_index, to: body.new_index };
}

/**
 * Documents written through the write alias land in the newest generation; an article first
 * indexed in an older one would otherwise be found twice, and a removal would miss it. Deletes
 * these ids from every generation but the write index (nothing to do before the first rollover).
 */
export async function deleteFromOlderGenerations(client: Client, names: IndexNames, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const generations = await indicesBehind(client, names.read);
  if (generations.length <= 1) return;
  const writeIndex = await writeIndexOf(client, names);
  const older = generations.filter((index) => index !== writeIndex);
  if (older.length === 0) return;
  await guarded('remove older copies', () =>
    client.deleteByQuery({ index: older.join(','), body: { query: { ids: { values: [...ids] } } } as never, conflicts: 'proceed', refresh: true } as never),
  );
}

function errorType(error: unknown): string | undefined {
  const body = (error as { meta?: { body?: { error?: { type?: string } } } })?.meta?.body;
  return body?.error?.type;
}

/** Concrete indices behind an alias; empty when the alias does not exist. */
export async function indicesBehind(client: Client, alias: string): Promise<string[]> {
  try {
    const response = await client.indices.getAlias({ name: alias });
    return Object.keys(response.body as object);
  } catch (error) {
    if (isNotFound(error)) return [];
    return guarded('read aliases', () => Promise.reject(error));
  }
}

async function createIndex(client: Client, index: string, aliases: Record<string, unknown>): Promise<'created' | 'exists'> {
  try {
    await client.indices.create({ index, body: { aliases } as never });
    return 'created';
  } catch (error) {
    if (errorType(error) === 'resource_already_exists_exception') return 'exists';
    return guarded(`create index ${index}`, () => Promise.reject(error));
  }
}

/**
 * Template (and, where the plugin exists, the ISM rollover policy) plus v1 behind both aliases;
 * safe to call on every start and from parallel starts. Says whether ISM rolls indices over.
 */
export async function ensureArticleIndex(client: Client, names: IndexNames, options: TemplateOptions): Promise<{ ism: boolean }> {
  const ism = await ismAvailable(client, names);
  await putTemplate(client, names, options, ism);
  if (ism) await installRolloverPolicy(client, names);
  const existing = await indicesBehind(client, names.read);
  if (existing.length > 0) {
    await addNewFields(client, existing);
    return { ism };
  }
  await createIndex(client, names.version(1), { [names.read]: {}, [names.write]: { is_write_index: true } });
  return { ism };
}

/**
 * Copies every generation behind the read alias into the first index of the next version, then
 * moves both aliases there in one atomic call. The template adds the read alias to every new
 * index, so it is taken off the new one until the copy is complete (no document seen twice).
 */
export async function reindexArticles(client: Client, names: IndexNames, options: TemplateOptions, deleteOld: boolean): Promise<ReindexResult> {
  const current = (await indicesBehind(client, names.read)).sort();
  if (current.length === 0) throw new StoreUnavailableError(`Alias ${names.read} points at no index: nothing to reindex`);
  const next = names.version(Math.max(...current.map((index) => names.versionOf(index) ?? 1)) + 1);
  // The template may have changed since the current version was made: the new one follows it.
  await putTemplate(client, names, options, await ismAvailable(client, names));
  if ((await createIndex(client, next, {})) === 'exists') {
    // Left over from an interrupted reindex and never aliased: start it afresh.
    await guarded(`delete stale index ${next}`, () => client.indices.delete({ index: next }));
    await createIndex(client, next, {});
  }
  await guarded('hide the new index until it is complete', () => client.indices.updateAliases({ body: { actions: [{ remove: { index: next, alias: names.read } }] } }));
  const copy = await guarded(`copy ${current.join(', ')} into ${next}`, () =>
    client.reindex(
      { body: { source: { index: current }, dest: { index: next } }, refresh: true, wait_for_completion: true } as never,
      { requestTimeout: REINDEX_TIMEOUT_MS },
    ),
  );
  const { total, failures } = copy.body as unknown as { total?: number; failures?: readonly unknown[] };
  if (failures && failures.length > 0) {
    throw new StoreUnavailableError(`Reindex into ${next} failed for ${failures.length} documents; aliases left on ${current.join(', ')}`);
  }
  const writers = await indicesBehind(client, names.write);
  // One _aliases call: readers and writers move together, atomically.
  await guarded('swap aliases', () =>
    client.indices.updateAliases({
      body: {
        actions: [
          ...current.map((index) => ({ remove: { index, alias: names.read } })),
          ...writers.map((index) => ({ remove: { index, alias: names.write } })),
          { add: { index: next, alias: names.read } },
          { add: { index: next, alias: names.write, is_write_index: true } },
        ],
      },
    }),
  );
  if (deleteOld) await guarded(`delete ${current.join(', ')}`, () => client.indices.delete({ index: current.join(',') }));
  return { from: current.join(','), to: next, copied: total ?? 0 };
}

/**
 * Fields added to the mapping since an index was made, put on it in place (new fields may be
 * added to a strict mapping; changed ones need a reindex). Documents indexed before have no
 * value until they are indexed again.
 */
async function addNewFields(client: Client, indices: readonly string[]): Promise<void> {
  const { properties } = articleIndexMappings() as { properties: Record<string, unknown> };
  await guarded('add new fields to the article indices', () =>
    client.indices.putMapping({ index: indices.join(','), body: { properties: { clusterId: properties['clusterId'] } } as never }),
  );
}
