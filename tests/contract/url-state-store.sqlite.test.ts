import { describeUrlStateStoreContract } from './url-state-store.contract.js';
import { openTempSqliteStore } from '../support/temp-sqlite.js';

describeUrlStateStoreContract('SQLite', openTempSqliteStore);
