export { DynamoArticleStore, ENTITY_DETAIL_ARTICLE_LIMIT, type DynamoArticleStoreOptions } from './article-store.js';
export { DynamoUrlStateStore, type DynamoUrlStateStoreOptions } from './url-state-store.js';
export { createTable } from './create-table.js';
export { decodeArticleStreamRecords, type ArticleStreamChanges } from './stream-records.js';
export { mapDynamoError } from './errors.js';
export * from './table-design.js';
export { DynamoSavedSearchStore, type DynamoSavedSearchStoreOptions } from './saved-search-store.js';
