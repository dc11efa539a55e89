/** The SavedSearchStore contract on DynamoDB (dynalite in-process), one fresh table per test. */
import { DynamoSavedSearchStore } from '../../shared/adapters/dynamodb/saved-search-store.js';
import { freshDynaliteTables } from '../support/dynalite.js';
import { describeSavedSearchStoreContract } from './saved-search-store.contract.js';

const openTable = freshDynaliteTables('saved-searches', (client, tableName) => new DynamoSavedSearchStore({ client, tableName }));

describeSavedSearchStoreContract('DynamoDB (dynalite)', async () => {
  const { adapter, cleanup } = await openTable();
  return { store: adapter, cleanup };
});
