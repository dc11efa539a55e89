/**
 * Resource counts per type of the default synthesis. A change here is a change to what a deploy
 * creates (and bills): update the snapshot on purpose (`npx vitest run -u tests/unit/infra/resource-counts.test.ts`)
 * and say why in the commit.
 */
import { describe, expect, it } from 'vitest';
import { synth } from './template.js';

describe('CultureIndexStack resource counts', () => {
  it('creates exactly these resources per type', { timeout: 180_000 }, () => {
    const { resources } = synth();
    const counts: Record<string, number> = {};
    for (const resource of Object.values(resources)) counts[resource.Type] = (counts[resource.Type] ?? 0) + 1;
    const sorted = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
    expect(sorted).toMatchInlineSnapshot(`
      {
        "AWS::ApiGatewayV2::Api": 2,
        "AWS::ApiGatewayV2::Authorizer": 1,
        "AWS::ApiGatewayV2::Integration": 2,
        "AWS::ApiGatewayV2::Route": 6,
        "AWS::ApiGatewayV2::Stage": 2,
        "AWS::CloudFront::CachePolicy": 1,
        "AWS::CloudFront::Distribution": 1,
        "AWS::CloudFront::Function": 1,
        "AWS::CloudFront::OriginAccessControl": 1,
        "AWS::CloudFront::ResponseHeadersPolicy": 1,
        "AWS::CloudWatch::Alarm": 31,
        "AWS::CloudWatch::Dashboard": 1,
        "AWS::Cognito::UserPool": 1,
        "AWS::Cognito::UserPoolClient": 1,
        "AWS::Cognito::UserPoolDomain": 1,
        "AWS::DynamoDB::Table": 1,
        "AWS::IAM::Policy": 11,
        "AWS::IAM::Role": 11,
        "AWS::Lambda::EventInvokeConfig": 3,
        "AWS::Lambda::EventSourceMapping": 3,
        "AWS::Lambda::Function": 9,
        "AWS::Lambda::LayerVersion": 1,
        "AWS::Lambda::Permission": 7,
        "AWS::Logs::LogGroup": 14,
        "AWS::Logs::ResourcePolicy": 1,
        "AWS::OpenSearchService::Domain": 1,
        "AWS::S3::Bucket": 3,
        "AWS::S3::BucketPolicy": 3,
        "AWS::SNS::Topic": 2,
        "AWS::SNS::TopicPolicy": 2,
        "AWS::SQS::Queue": 8,
        "AWS::SQS::QueuePolicy": 8,
        "AWS::Scheduler::Schedule": 2,
        "Custom::CDKBucketDeployment": 1,
        "Custom::S3BucketNotifications": 1,
      }
    `);
  });
});
