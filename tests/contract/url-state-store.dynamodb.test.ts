/** The UrlStateStore contract on DynamoDB (dynalite in-process), one fresh table per test. */
import { DynamoUrlStateStore } from '../../shared/adapters/dynamodb/url-state-store.js';
import { freshDynaliteTables } from '../support/dynalite.js';
import { describeUrlStateStoreContract } from './url-state-store.contract.js';

const openTable = freshDynaliteTables('url-states', (client, tableName) => new DynamoUrlStateStore({ client, tableName }));

describeUrlStateStoreContract('DynamoDB (dynalite)', async () => {
  const { adapter, cleanup } = await openTable();
  return { store: adapter, cleanup };
});
