export { SqliteStore } from './store.js';
export { SqliteArticleStore } from './article-store.js';
export { SqliteUrlStateStore } from './url-state-store.js';
export { SqliteSearchIndex } from './search-index.js';
export { openDatabase, type OpenOptions } from './database.js';
export { SqliteClusterStore } from './cluster-store.js';
