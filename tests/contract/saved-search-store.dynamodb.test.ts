/** The SavedSearchStore contract on DynamoDB (dynalite in-process), one fresh table per test. */
import { afterAll, beforeAll } from 'vitest';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { createTable } from '../../shared/adapters/dynamodb/create-table.js';
import { DynamoSavedSearchStore } from '../../shared/adapters/dynamodb/saved-search-store.js';
import { startDynalite, type RunningDynalite } from '../support/dynalite.js';
import { describeSavedSearchStoreContract } from './saved-search-store.contract.js';

let dynamo: RunningDynalite;
let tables = 0;

beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  await dynamo?.close();
});

describeSavedSearchStoreContract('DynamoDB (dynalite)', async () => {
  tables += 1;
  const tableName = `saved-searches-${tables}`;
  await createTable(dynamo.rawClient, tableName);
  return {
    store: new DynamoSavedSearchStore({ client: dynamo.client, tableName }),
    cleanup: async () => {
      await dynamo.rawClient.send(new DeleteTableCommand({ TableName: tableName }));
    },
  };
});
