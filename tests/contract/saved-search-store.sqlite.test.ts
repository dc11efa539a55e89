import { describeSavedSearchStoreContract } from './saved-search-store.contract.js';
import { openTempSqliteStore } from '../support/temp-sqlite.js';

describeSavedSearchStoreContract('SQLite', async () => {
  const opened = await openTempSqliteStore();
  return { store: opened.store.savedSearches, cleanup: opened.cleanup };
});
