/** The OpenSearch node the benches compare with (OPENSEARCH_URL, else the local default), in an index of its own; null when none answers. */
import type { SearchIndex } from '../../shared/ports/search-index.js';

export async function openSearchPeer(): Promise<{ index: SearchIndex; cleanup(): Promise<void> } | null> {
  const node = process.env['OPENSEARCH_URL'] ?? 'http://127.0.0.1:9200';
  try {
    const response = await fetch(`${node}/_cluster/health`, { signal: AbortSignal.timeout(2000) });
    if (!response.ok) return null;
  } catch {
    return null;
  }
  const { createOpenSearchClient, OpenSearchIndex } = await import('../../shared/adapters/opensearch/index.js');
  const client = createOpenSearchClient({ node });
  const prefix = `bench-${Date.now()}`;
  const index = new OpenSearchIndex(client, prefix);
  await index.ensureIndex();
  return {
    index,
    cleanup: async () => {
      await client.indices.delete({ index: `${prefix}-*` }).catch(() => {});
      await client.close();
    },
  };
}
