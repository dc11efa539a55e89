import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { SAVED_SEARCH_PK_PREFIX } from '../../shared/adapters/dynamodb/saved-search-store.js';

/** Writes the api and alerts functions need: saved searches and their ledger, and no other item. */
export const SAVED_SEARCH_WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'] as const;

/** Reads of the whole table, writes only to items whose partition key starts with SAVED#. */
export function grantSavedSearchWrites(table: dynamodb.ITable, role: iam.IRole): void {
  table.grantReadData(role);
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({
      actions: [...SAVED_SEARCH_WRITE_ACTIONS],
      resources: [table.tableArn],
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${SAVED_SEARCH_PK_PREFIX}*`] } },
    }),
  );
}
