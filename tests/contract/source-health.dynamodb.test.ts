/** The SourceHealthLog contract on DynamoDB (dynalite in-process), one fresh table per test. */
import { DynamoSourceHealthLog } from '../../shared/adapters/dynamodb/source-health.js';
import { freshDynaliteTables } from '../support/dynalite.js';
import { describeSourceHealthContract, HEALTH_TODAY } from './source-health.contract.js';

const openTable = freshDynaliteTables('health', (client, tableName) => new DynamoSourceHealthLog({ client, tableName, now: () => HEALTH_TODAY }));

describeSourceHealthContract('DynamoDB (dynalite)', async () => {
  const { adapter, cleanup } = await openTable();
  return { log: adapter, cleanup };
});
