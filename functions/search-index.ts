/**
 * The OpenSearch-backed SearchIndex for the index and api functions (only they import this
 * module, so only their bundles carry the OpenSearch client). Requests to an https endpoint are
 * SigV4-signed with the function's role; a plain http endpoint (a local test node) is not.
 */
import { createOpenSearchClient } from '../shared/adapters/opensearch/client.js';
import { OpenSearchIndex } from '../shared/adapters/opensearch/search-index.js';
import type { SearchIndex } from '../shared/ports/search-index.js';
import { ConfigurationError, type Deps } from './config.js';

/** For reading (the api): no index management calls, which its role may not make. */
export function searchIndexOf(deps: Deps): SearchIndex {
  return deps.memo('searchIndex', () => deps.overrides.searchIndex ?? openSearchIndex(deps));
}

/**
 * For writing (the indexer): makes sure the versioned index and its aliases exist once per cold
 * start, so the first bulk write never auto-creates an unmapped index. A failed attempt is not
 * remembered: the next invocation tries again.
 */
export async function writableSearchIndexOf(deps: Deps): Promise<SearchIndex> {
  const index = searchIndexOf(deps);
  const ready = deps.memo<{ promise: Promise<void> | null }>('searchIndexReady', () => ({ promise: null }));
  if (index instanceof OpenSearchIndex) {
    ready.promise ??= index.ensureIndex().catch((error: unknown) => {
      ready.promise = null;
      throw error;
    });
    await ready.promise;
  }
  return index;
}

function openSearchIndex(deps: Deps): OpenSearchIndex {
  const { openSearchEndpoint, openSearchIndexPrefix, openSearchReplicas, openSearchTimeoutMs, openSearchMaxRetries, region } = deps.config;
  if (!openSearchEndpoint) throw new ConfigurationError('environment variable OPENSEARCH_ENDPOINT is not set');
  const sigv4 = openSearchEndpoint.startsWith('https://');
  const client = createOpenSearchClient({
    node: openSearchEndpoint,
    sigv4,
    ...(region ? { region } : {}),
    ...(openSearchTimeoutMs !== undefined ? { requestTimeoutMs: openSearchTimeoutMs } : {}),
    ...(openSearchMaxRetries !== undefined ? { maxRetries: openSearchMaxRetries } : {}),
  });
  return new OpenSearchIndex(client, openSearchIndexPrefix, openSearchReplicas !== undefined ? { replicas: openSearchReplicas } : {});
}
