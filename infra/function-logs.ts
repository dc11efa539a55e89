import { CfnResource, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';

/**
 * Gives every Lambda function of the stack that has no log group of its own — the singletons CDK
 * adds for itself, such as the handler that applies the raw bucket's event notification or the
 * one that uploads the web page — a log group with the stack's retention. Without one, Lambda
 * creates `/aws/lambda/<name>` on first run and keeps it forever.
 */
export function giveEveryFunctionALogGroup(stack: Stack, retention: logs.RetentionDays): void {
  for (const construct of stack.node.findAll()) {
    if (!(construct instanceof CfnResource) || construct.cfnResourceType !== 'AWS::Lambda::Function') continue;
    acknowledgeRoleDependency(construct);
    if (construct instanceof lambda.CfnFunction) {
      const config = stack.resolve(construct.loggingConfig) as { logGroup?: unknown } | undefined;
      if (config?.logGroup) continue;
    }
    // CDK's handlers are plain CfnResources (or CfnFunctions without logging config).
    const group = new logs.LogGroup(construct.node.scope ?? stack, 'LogGroup', { retention, removalPolicy: RemovalPolicy.DESTROY });
    construct.addPropertyOverride('LoggingConfig.LogGroup', group.logGroupName);
  }
}

/**
 * CDK makes every function depend on its whole execution role — the role (already implied by the
 * `Role` GetAtt, which cfn-lint W3005 reports as redundant) and its default policy (which must
 * exist before the first invocation). The pair comes from one construct-level dependency that
 * cannot be split, so the redundant half is acknowledged for cfn-lint on the function only.
 */
function acknowledgeRoleDependency(fn: CfnResource): void {
  fn.addMetadata('cfn-lint', { config: { ignore_checks: ['W3005'] } });
}
