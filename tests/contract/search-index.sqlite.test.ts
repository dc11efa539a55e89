import { describeSearchIndexContract } from './search-index.contract.js';
import { openTempSqliteStore } from '../support/temp-sqlite.js';

describeSearchIndexContract('SQLite FTS5', async () => {
  const { store, cleanup } = await openTempSqliteStore();
  return { index: store, cleanup };
});
