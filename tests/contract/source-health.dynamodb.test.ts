/** The SourceHealthLog contract on DynamoDB (dynalite in-process), one fresh table per test. */
import { afterAll, beforeAll } from 'vitest';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { createTable } from '../../shared/adapters/dynamodb/create-table.js';
import { DynamoSourceHealthLog } from '../../shared/adapters/dynamodb/source-health.js';
import { startDynalite, type RunningDynalite } from '../support/dynalite.js';
import { describeSourceHealthContract, HEALTH_TODAY } from './source-health.contract.js';

let dynamo: RunningDynalite;
let tables = 0;

beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  await dynamo?.close();
});

describeSourceHealthContract('DynamoDB (dynalite)', async () => {
  tables += 1;
  const tableName = `health-${tables}`;
  await createTable(dynamo.rawClient, tableName);
  return {
    log: new DynamoSourceHealthLog({ client: dynamo.client, tableName, now: () => HEALTH_TODAY }),
    cleanup: async () => {
      await dynamo.rawClient.send(new DeleteTableCommand({ TableName: tableName }));
    },
  };
});
