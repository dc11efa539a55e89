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

async function putTemplate(client: Client, names: IndexNames, options: TemplateOptions): Promise<void> {
  await guarded('install the index template', () =>
    client.indices.putIndexTemplate({
      name: names.template,
      body: {
        index_patterns: [names.pattern],
        // Above catch-all templates a domain may carry.
        priority: 100,
        version: TEMPLATE_VERSION,
        template: { settings: articleIndexSettings(options), mappings: articleIndexMappings() },
      } as never,
    }),
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

/** Template plus v1 behind both aliases; safe to call on every start and from parallel starts. */
export async function ensureArticleIndex(client: Client, names: IndexNames, options: TemplateOptions): Promise<void> {
  await putTemplate(client, names, options);
  if ((await indicesBehind(client, names.read)).length > 0) return;
  await createIndex(client, names.version(1), { [names.read]: {}, [names.write]: { is_write_index: true } });
}

export async function reindexArticles(client: Client, names: IndexNames, options: TemplateOptions, deleteOld: boolean): Promise<ReindexResult> {
  const [current, ...others] = await indicesBehind(client, names.read);
  if (current === undefined || others.length > 0) {
    throw new StoreUnavailableError(`Alias ${names.read} must point at exactly one index to reindex (found ${others.length + (current ? 1 : 0)})`);
  }
  const next = names.version((names.versionOf(current) ?? 1) + 1);
  // The template may have changed since the current version was made: the new one follows it.
  await putTemplate(client, names, options);
  if ((await createIndex(client, next, {})) === 'exists') {
    // Left over from an interrupted reindex and never aliased: start it afresh.
    await guarded(`delete stale index ${next}`, () => client.indices.delete({ index: next }));
    await createIndex(client, next, {});
  }
  const copy = await guarded(`copy ${current} into ${next}`, () =>
    client.reindex(
      { body: { source: { index: current }, dest: { index: next } }, refresh: true, wait_for_completion: true } as never,
      { requestTimeout: REINDEX_TIMEOUT_MS },
    ),
  );
  const { total, failures } = copy.body as unknown as { total?: number; failures?: readonly unknown[] };
  if (failures && failures.length > 0) {
    throw new StoreUnavailableError(`Reindex into ${next} failed for ${failures.length} documents; aliases left on ${current}`);
  }
  // One _aliases call: readers and writers move together, atomically.
  await guarded('swap aliases', () =>
    client.indices.updateAliases({
      body: {
        actions: [
          { remove: { index: current, alias: names.read } },
          { remove: { index: current, alias: names.write } },
          { add: { index: next, alias: names.read } },
          { add: { index: next, alias: names.write, is_write_index: true } },
        ],
      },
    }),
  );
  if (deleteOld) await guarded(`delete ${current}`, () => client.indices.delete({ index: current }));
  return { from: current, to: next, copied: total ?? 0 };
}
