/**
 * The OpenSearch node for tests: the one `npm run opensearch:start` runs (or OPENSEARCH_URL).
 * Without a node the suites are skipped and say so; with OPENSEARCH_REQUIRED=1 (CI) a missing
 * node fails the run instead.
 */
import type { Client } from '@opensearch-project/opensearch';
import { createOpenSearchClient } from '../../shared/adapters/opensearch/client.js';

export interface OpenSearchTarget {
  readonly url: string;
}

const DEFAULT_URL = 'http://127.0.0.1:9200';

export function openSearchUrl(): string {
  return process.env['OPENSEARCH_URL'] || DEFAULT_URL;
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/_cluster/health`, { signal: AbortSignal.timeout(3000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** The node to test against, or null (with a message saying why) when there is none. */
export async function openSearchTarget(): Promise<OpenSearchTarget | null> {
  const url = openSearchUrl();
  if (await answers(url)) return { url };
  if (process.env['OPENSEARCH_REQUIRED'] === '1') {
    throw new Error(`OPENSEARCH_REQUIRED=1 but no OpenSearch node answers at ${url} (start one with npm run opensearch:start)`);
  }
  console.warn(`OpenSearch suite SKIPPED: ${skipReason(url)}`);
  return null;
}

export function skipReason(url = openSearchUrl()): string {
  return `no node at ${url} (run npm run opensearch:start, or set OPENSEARCH_REQUIRED=1 to make this mandatory)`;
}

let counter = 0;

/** An index prefix no other run or test uses, so parallel runs never collide. */
export function uniqueIndexPrefix(label: string): string {
  counter += 1;
  return `test-${label}-${process.pid.toString(36)}-${Date.now().toString(36)}-${counter}`;
}

export function testClient(target: OpenSearchTarget): Client {
  return createOpenSearchClient({ node: target.url });
}

/** Deletes every index and the template a test made under its prefix. */
export async function deletePrefix(client: Client, prefix: string): Promise<void> {
  await client.indices.delete({ index: `${prefix}-*`, expand_wildcards: 'all' } as never).catch(() => undefined);
  await client.indices.deleteIndexTemplate({ name: `${prefix}-articles` }).catch(() => undefined);
}
