import { SqliteArticleStore } from '../../shared/adapters/sqlite/article-store.js';
import { describeArticleStoreContract } from './article-store.contract.js';
import { openTempSqliteStore } from '../support/temp-sqlite.js';

describeArticleStoreContract('SQLite', async ({ now }) => {
  const temp = await openTempSqliteStore();
  return { store: new SqliteArticleStore(temp.store.db, now), cleanup: temp.cleanup };
});
