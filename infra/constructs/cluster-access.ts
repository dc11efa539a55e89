import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { CLUSTER_POINTER_PK_PREFIX } from '../../shared/adapters/dynamodb/cluster-store.js';

/** The one read the index function makes on the table: ClusterStore.memberOf (a BatchGetItem of pointers). */
export const CLUSTER_POINTER_READ_ACTIONS = ['dynamodb:BatchGetItem'] as const;

/**
 * Lets a role read cluster-member pointers (partition keys starting with CLM#) and no other item:
 * the indexer learns each article's cluster id, but cannot read articles, entities or saved searches.
 */
export function grantClusterPointerReads(table: dynamodb.ITable, role: iam.IRole): void {
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({
      actions: [...CLUSTER_POINTER_READ_ACTIONS],
      resources: [table.tableArn],
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${CLUSTER_POINTER_PK_PREFIX}*`] } },
    }),
  );
}
