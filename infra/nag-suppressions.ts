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
    if (child.node.id.startsWith('Custom::CDKBucketDeployment')) {
      const why = "CDK's deploy-time handler that copies the search page (web/ and config.json) from the CDK asset bucket into the web bucket and invalidates CloudFront; runs only during deploys.";
      acknowledge(child, 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', `${why} The managed policy only lets it write its own logs.`);
      for (const finding of ['Action::s3:GetObject*', 'Action::s3:GetBucket*', 'Action::s3:List*', 'Action::s3:DeleteObject*', 'Action::s3:Abort*', 'Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*', 'Resource::*']) {
        acknowledge(child, `AwsSolutions-IAM5[${finding}]`, `${why} CDK grants it read on the bootstrap asset bucket, write and delete (for pruning) on the web bucket's objects, and cloudfront:CreateInvalidation, which has no resource-level scoping.`);
      }
      acknowledge(child, 'AwsSolutions-L1', `${why} Its runtime is chosen by the CDK version, which we upgrade deliberately.`);
    }
  }
}
