export { createOpenSearchClient, type OpenSearchClientOptions } from './client.js';
export { OpenSearchIndex, type OpenSearchIndexOptions } from './search-index.js';
export type { ReindexResult } from './lifecycle.js';
export { indexNames, type IndexNames } from './names.js';
export { toDomainError } from './errors.js';
