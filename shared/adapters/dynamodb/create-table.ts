import { CreateTableCommand, DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { callDynamo } from './errors.js';
import { TABLE_ATTRIBUTE_DEFINITIONS, TABLE_GLOBAL_SECONDARY_INDEXES, TABLE_KEY_SCHEMA } from './table-design.js';

/**
 * Creates the culture-index table (same keys and indexes as the CDK stack), on-demand billing,
 * and waits until it is ACTIVE. For tests and local tooling; production tables come from CDK.
 */
export async function createTable(client: DynamoDBClient | DynamoDBDocumentClient, tableName: string): Promise<void> {
  // A document client passes plain (non-document) commands through unchanged.
  const low = client as DynamoDBClient;
  await callDynamo(`createTable ${tableName}`, () =>
    low.send(
      new CreateTableCommand({
        TableName: tableName,
        KeySchema: [...TABLE_KEY_SCHEMA],
        AttributeDefinitions: [...TABLE_ATTRIBUTE_DEFINITIONS],
        GlobalSecondaryIndexes: [...TABLE_GLOBAL_SECONDARY_INDEXES],
        BillingMode: 'PAY_PER_REQUEST',
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
      }),
    ),
  );
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const described = await callDynamo(`describeTable ${tableName}`, () => low.send(new DescribeTableCommand({ TableName: tableName })));
    const indexesActive = (described.Table?.GlobalSecondaryIndexes ?? []).every((index) => index.IndexStatus === 'ACTIVE');
    if (described.Table?.TableStatus === 'ACTIVE' && indexesActive) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`table ${tableName} did not become ACTIVE`);
}
