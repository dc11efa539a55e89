import { describeArticleStoreContract } from './article-store.contract.js';
import { openTempSqliteStore } from '../support/temp-sqlite.js';

describeArticleStoreContract('SQLite', openTempSqliteStore);
