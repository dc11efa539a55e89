import { openTempSqliteStore } from '../support/temp-sqlite.js';
import { describeSourceHealthContract } from './source-health.contract.js';

describeSourceHealthContract('SQLite', async () => {
  const opened = await openTempSqliteStore();
  return { log: opened.store.health, cleanup: opened.cleanup };
});
