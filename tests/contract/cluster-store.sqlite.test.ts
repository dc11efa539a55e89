import { openTempSqliteStore } from '../support/temp-sqlite.js';
import { describeClusterStoreContract } from './cluster-store.contract.js';

describeClusterStoreContract('SQLite', async () => {
  const opened = await openTempSqliteStore();
  return { store: opened.store.clusters, cleanup: opened.cleanup };
});
