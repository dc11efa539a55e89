/** The ArticleStore contract on DynamoDB (dynalite in-process), one fresh table per test. */
import { afterAll, beforeAll } from 'vitest';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { DynamoArticleStore } from '../../shared/adapters/dynamodb/article-store.js';
import { createTable } from '../../shared/adapters/dynamodb/create-table.js';
import { startDynalite, type RunningDynalite } from '../support/dynalite.js';
import { describeArticleStoreContract } from './article-store.contract.js';

let dynamo: RunningDynalite;
let tables = 0;

beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  await dynamo?.close();
});

describeArticleStoreContract('DynamoDB (dynalite)', async ({ now }) => {
  tables += 1;
  const tableName = `articles-${tables}`;
  await createTable(dynamo.rawClient, tableName);
  return {
    store: new DynamoArticleStore({ client: dynamo.client, tableName, now }),
    cleanup: async () => {
      await dynamo.rawClient.send(new DeleteTableCommand({ TableName: tableName }));
    },
  };
});
