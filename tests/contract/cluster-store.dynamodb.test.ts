/** The ClusterStore contract on DynamoDB (dynalite in-process), one fresh table per test. */
import { afterAll, beforeAll } from 'vitest';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { DynamoClusterStore } from '../../shared/adapters/dynamodb/cluster-store.js';
import { createTable } from '../../shared/adapters/dynamodb/create-table.js';
import { startDynalite, type RunningDynalite } from '../support/dynalite.js';
import { describeClusterStoreContract } from './cluster-store.contract.js';

let dynamo: RunningDynalite;
let tables = 0;

beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  await dynamo?.close();
});

describeClusterStoreContract('DynamoDB (dynalite)', async () => {
  tables += 1;
  const tableName = `clusters-${tables}`;
  await createTable(dynamo.rawClient, tableName);
  return {
    store: new DynamoClusterStore({ client: dynamo.client, tableName }),
    cleanup: async () => {
      await dynamo.rawClient.send(new DeleteTableCommand({ TableName: tableName }));
    },
  };
});
