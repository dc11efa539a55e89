/** The ClusterStore contract on DynamoDB (dynalite in-process), one fresh table per test. */
import { DynamoClusterStore } from '../../shared/adapters/dynamodb/cluster-store.js';
import { freshDynaliteTables } from '../support/dynalite.js';
import { describeClusterStoreContract } from './cluster-store.contract.js';

const openTable = freshDynaliteTables('clusters', (client, tableName) => new DynamoClusterStore({ client, tableName }));

describeClusterStoreContract('DynamoDB (dynalite)', async () => {
  const { adapter, cleanup } = await openTable();
  return { store: adapter, cleanup };
});
