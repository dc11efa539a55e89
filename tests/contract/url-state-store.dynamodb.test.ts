/** The UrlStateStore contract on DynamoDB (dynalite in-process), one fresh table per test. */
import { afterAll, beforeAll } from 'vitest';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { createTable } from '../../shared/adapters/dynamodb/create-table.js';
import { DynamoUrlStateStore } from '../../shared/adapters/dynamodb/url-state-store.js';
import { startDynalite, type RunningDynalite } from '../support/dynalite.js';
import { describeUrlStateStoreContract } from './url-state-store.contract.js';

let dynamo: RunningDynalite;
let tables = 0;

beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  await dynamo?.close();
});

describeUrlStateStoreContract('DynamoDB (dynalite)', async () => {
  tables += 1;
  const tableName = `url-states-${tables}`;
  await createTable(dynamo.rawClient, tableName);
  return {
    store: new DynamoUrlStateStore({ client: dynamo.client, tableName }),
    cleanup: async () => {
      await dynamo.rawClient.send(new DeleteTableCommand({ TableName: tableName }));
    },
  };
});
