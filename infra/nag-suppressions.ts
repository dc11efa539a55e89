import type { Stack } from 'aws-cdk-lib';
import { acknowledge } from './nag.js';

/**
 * Findings on constructs that CDK itself adds at stack level (singletons), which no construct of
 * ours owns. Everything else is acknowledged where it arises.
 */
export function suppressKnownFindings(stack: Stack): void {
  for (const child of stack.node.children) {
    if (child.node.id.startsWith('BucketNotificationsHandler')) {
      acknowledge(
        child,
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        "CDK's deploy-time handler that applies the raw bucket's event notification (S3 must see the Lambda permission first, which plain CloudFormation cannot order without a fixed bucket name); the managed policy only lets it write its own logs.",
      );
    }
  }
}
