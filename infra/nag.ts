import { CfnElement, Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Records why a cdk-nag finding does not apply here. cdk-nag v3 reads CDK's native
 * acknowledgements (`Validations.of(scope).acknowledge`); each finding is acknowledged on its
 * own, on the narrowest construct that raises it, with the reason a reviewer needs.
 */
export function acknowledge(scope: IConstruct, ruleId: string, reason: string): void {
  Validations.of(scope).acknowledge({ id: ruleId, reason });
}

/**
 * The IAM5 finding id for a wildcard under a resource's ARN, e.g. `<TableLogicalId.Arn>/index/*`,
 * computed from the logical id so a renamed construct cannot leave a stale suppression behind.
 */
export function arnWildcardFinding(resource: IConstruct, suffix: string): string {
  const cfn = resource instanceof CfnElement ? resource : resource.node.defaultChild;
  if (!(cfn instanceof CfnElement)) throw new Error(`${resource.node.path} has no CloudFormation resource`);
  return `AwsSolutions-IAM5[Resource::<${Stack.of(cfn).getLogicalId(cfn)}.Arn>${suffix}]`;
}
