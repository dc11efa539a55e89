import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPIRES_AT_ATTRIBUTE, GLOBAL_INDEXES, PARTITION_KEY, SORT_KEY } from '../../../shared/adapters/dynamodb/table-design.js';
import { PARSE_NODE_FLAG } from '../../../shared/pipeline/parse-runtime.js';
import type { CultureIndexStack } from '../../../infra/culture-index-stack.js';
import { actionsOf, logicalId, nagViolations, resourcesOf, statementsOfRole, synth, type Json, type Resource, type Statement } from './template.js';

describe('CultureIndexStack (defaults)', () => {
  let stack: CultureIndexStack;
  let template: Template;
  let resources: Record<string, Resource>;

  beforeAll(() => {
    ({ stack, template, resources } = synth());
  });

  it('keeps raw pages in an encrypted, private, TLS-only bucket that ages into cheaper storage', () => {
    const bucketId = logicalId(stack, stack.storage.rawBucket);
    const bucket = resources[bucketId]!.Properties;
    expect(bucket['BucketEncryption']).toEqual({ ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] });
    expect(bucket['PublicAccessBlockConfiguration']).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    expect(bucket['LoggingConfiguration']).toMatchObject({ DestinationBucketName: { Ref: logicalId(stack, stack.storage.accessLogsBucket) } });
    const rules = (bucket['LifecycleConfiguration'] as { Rules: Json[] }).Rules;
    expect(rules[0]).toMatchObject({
      Status: 'Enabled',
      Transitions: [
        { StorageClass: 'STANDARD_IA', TransitionInDays: 30 },
        { StorageClass: 'GLACIER_IR', TransitionInDays: 120 },
      ],
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Principal: { AWS: '*' }, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('has one on-demand table with PITR, a NEW_IMAGE stream and the adapter’s keys and indexes', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
      TimeToLiveSpecification: { AttributeName: EXPIRES_AT_ATTRIBUTE, Enabled: true },
      KeySchema: [
        { AttributeName: PARTITION_KEY, KeyType: 'HASH' },
        { AttributeName: SORT_KEY, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: GLOBAL_INDEXES.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    });
  });

  it('gives every hop a dead-letter queue: fetch redrive, discover/process on-failure, index stream on-failure', () => {
    const dlq = (name: string) => {
      const queue = stack.ingest.deadLetterQueues.find((entry) => entry.name === name)!.queue;
      return { 'Fn::GetAtt': [logicalId(stack, queue), 'Arn'] };
    };
    template.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: { deadLetterTargetArn: dlq('fetch'), maxReceiveCount: 5 },
      VisibilityTimeout: 1800,
      SqsManagedSseEnabled: true,
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(stack, stack.ingest.fetch.function) },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 2 },
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: logicalId(stack, stack.ingest.process.function) },
      DestinationConfig: { OnFailure: { Destination: dlq('process') } },
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: logicalId(stack, stack.ingest.discover.function) },
      DestinationConfig: { OnFailure: { Destination: dlq('discover') } },
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(stack, stack.ingest.index.function) },
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      MaximumRetryAttempts: 5,
      DestinationConfig: { OnFailure: { Destination: dlq('index') } },
      StartingPosition: 'TRIM_HORIZON',
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ dynamodb: { Keys: { SK: { S: ['ARTICLE'] } } } }) }] },
    });
    // Every queue of the stack is encrypted and refuses plain HTTP.
    const queues = Object.entries(resources).filter(([, resource]) => resource.Type === 'AWS::SQS::Queue');
    expect(queues).toHaveLength(8);
    for (const [id, queue] of queues) {
      expect(queue.Properties['SqsManagedSseEnabled']).toBe(true);
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
      });
    }
  });

  it('processes only archived bodies: the S3 notification filters raw/*.html', () => {
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: Match.arrayWith([{ Name: 'suffix', Value: '.html' }, { Name: 'prefix', Value: 'raw/' }]) } },
          },
        ],
      },
    });
  });

  it('schedules discovery at the default rate with a dead-letter queue', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(1 hour)',
      State: 'ENABLED',
      Target: {
        Arn: { 'Fn::GetAtt': [logicalId(stack, stack.ingest.discover.function), 'Arn'] },
        DeadLetterConfig: { Arn: Match.anyValue() },
        RetryPolicy: { MaximumRetryAttempts: 2 },
      },
    });
  });

  it('runs OpenSearch 2.19 encrypted at rest and in transit, HTTPS with TLS 1.2, open only to the index and api roles', () => {
    template.hasResourceProperties('AWS::OpenSearchService::Domain', {
      EngineVersion: 'OpenSearch_2.19',
      EncryptionAtRestOptions: { Enabled: true },
      NodeToNodeEncryptionOptions: { Enabled: true },
      DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' },
      ClusterConfig: Match.objectLike({ InstanceType: 't3.small.search', InstanceCount: 1, ZoneAwarenessEnabled: false }),
      LogPublishingOptions: Match.objectLike({ SEARCH_SLOW_LOGS: Match.objectLike({ Enabled: true }), ES_APPLICATION_LOGS: Match.objectLike({ Enabled: true }) }),
    });
    const domain = resources[logicalId(stack, stack.search.domain)]!.Properties;
    expect(domain['AdvancedSecurityOptions']).toBeUndefined();
    const statements = (domain['AccessPolicies'] as { Statement: Statement[] }).Statement;
    const principals = new Set(statements.flatMap((statement) => [(statement.Principal as { AWS: unknown }).AWS].flat().map((p) => JSON.stringify(p))));
    expect([...principals].sort()).toEqual(
      [stack.ingest.index.role, stack.api.handler.role, stack.alerts.handler.role].map((role) => JSON.stringify({ 'Fn::GetAtt': [logicalId(stack, role), 'Arn'] })).sort(),
    );
    // Sids are unique within the policy (cfn-lint E3512).
    const sids = statements.map((statement) => (statement as unknown as { Sid?: string }).Sid).filter((sid) => sid !== undefined);
    expect(new Set(sids).size).toBe(sids.length);
  });

  it('serves the API over an HTTP API with IAM authorisation and a throttled default stage', () => {
    // Preflights are answered by API Gateway before authorisation, allowing the Authorization header.
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: {
        AllowOrigins: ['*'],
        AllowMethods: Match.arrayWith(['GET', 'HEAD', 'OPTIONS']),
        AllowHeaders: Match.arrayWith(['authorization', 'if-none-match']),
        ExposeHeaders: Match.arrayWith(['etag', 'retry-after']),
      },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      ApiId: { Ref: logicalId(stack, stack.api.httpApi) },
      RouteKey: 'GET /{proxy+}',
      AuthorizationType: 'AWS_IAM',
    });
    // The one authoriser is the workspace API's (Cognito), see workspace.test.ts.
    template.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
    });
  });

  it('builds all six functions the same way: Node 22 on ARM64, traced, own log group', () => {
    const functions = [stack.ingest.discover, stack.ingest.discoverSource, stack.ingest.fetch, stack.ingest.process, stack.ingest.index, stack.api.handler];
    for (const fn of functions) {
      const props = resources[logicalId(stack, fn.function)]!.Properties;
      expect(props).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: logicalId(stack, fn.logGroup) } },
      });
    }
    // One data node by default: new indices get no replicas, so the cluster can be green.
    expect(resources[logicalId(stack, stack.ingest.index.function)]!.Properties['Environment']).toMatchObject({
      Variables: { OPENSEARCH_REPLICAS: '0', OPENSEARCH_INDEX_PREFIX: 'culture-index', OPENSEARCH_ENDPOINT: expect.anything() },
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
    // Parsing runs in the process function: only it gets V8's young generation sized for parsing.
    const nodeOptions = (fn: (typeof functions)[number]): unknown =>
      (resources[logicalId(stack, fn.function)]!.Properties['Environment'] as { Variables: Record<string, unknown> }).Variables['NODE_OPTIONS'];
    expect(nodeOptions(stack.ingest.process)).toBe(`--enable-source-maps ${PARSE_NODE_FLAG}`);
    expect(nodeOptions(stack.ingest.fetch)).toBe('--enable-source-maps');
  });

  it('grants least privilege: no wildcard actions, the api cannot write, fetch cannot read pages back', () => {
    const allStatements = Object.values(resources)
      .filter((resource) => resource.Type === 'AWS::IAM::Policy')
      .flatMap((policy) => (policy.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement);
    for (const statement of allStatements) {
      for (const action of actionsOf(statement)) expect(action, JSON.stringify(statement)).not.toMatch(/(^\*$|:\*$)/);
      // `*` resources only for actions that cannot be scoped.
      if (resourcesOf(statement).includes('*')) {
        // (CDK's page-deployment handler invalidates CloudFront with a `*` grant it makes itself.)
        for (const action of actionsOf(statement)) {
          expect(['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'dynamodb:ListStreams', 's3:PutBucketNotification', 'cloudfront:CreateInvalidation', 'cloudfront:GetInvalidation']).toContain(action);
        }
      }
    }

    const tableArn = { 'Fn::GetAtt': [logicalId(stack, stack.storage.table), 'Arn'] };
    const tableIndexes = { 'Fn::Join': ['', [tableArn, '/index/*']] };
    const role = (fn: { role: { node: { defaultChild?: unknown } } }) => statementsOfRole(resources, logicalId(stack, fn.role));

    const api = role(stack.api.handler);
    const apiActions = api.flatMap(actionsOf);
    // The api reads archived pages (/articles/{id}/raw) and never writes them.
    expect(apiActions.filter((action) => action.startsWith('s3:')).sort()).toEqual(['s3:GetObject', 's3:ListBucket']);
    // The api and alerts functions write saved searches and their ledger only: items under SAVED#.
    for (const fn of [stack.api.handler, stack.alerts.handler]) {
      const writes = role(fn).filter((statement) => actionsOf(statement).some((action) => /^dynamodb:(Put|Update|Delete|BatchWrite)/.test(action)));
      expect(writes.length, fn.node.path).toBeGreaterThan(0);
      for (const statement of writes) expect((statement as unknown as { Condition: unknown }).Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['SAVED#*'] } });
    }
    expect(apiActions).not.toContain('es:ESHttpPut');
    expect(apiActions).not.toContain('es:ESHttpDelete');
    const apiPost = api.find((statement) => actionsOf(statement).includes('es:ESHttpPost'))!;
    for (const resource of resourcesOf(apiPost)) expect(JSON.stringify(resource)).toMatch(/\/(\*\/)?_(search|count|msearch)"/);

    const fetch = role(stack.ingest.fetch);
    const fetchS3 = fetch.filter((statement) => actionsOf(statement).some((action) => action.startsWith('s3:')));
    expect(fetchS3.flatMap(actionsOf)).toEqual(['s3:PutObject']);
    for (const statement of fetch.filter((s) => actionsOf(s).includes('dynamodb:DeleteItem'))) {
      expect(resourcesOf(statement)).toEqual([tableArn, tableIndexes]);
    }

    const processS3 = role(stack.ingest.process).filter((statement) => actionsOf(statement).some((action) => action.startsWith('s3:')));
    expect(processS3.flatMap(actionsOf)).toEqual(['s3:GetObject', 's3:ListBucket']);

    for (const fn of [stack.ingest.discover, stack.ingest.discoverSource, stack.ingest.fetch, stack.ingest.process]) {
      expect(role(fn).flatMap(actionsOf).filter((action) => action.startsWith('es:'))).toEqual([]);
    }

    // The indexer reads cluster pointers (CLM# items) to put each document's cluster id, and nothing else of the table.
    const indexTable = role(stack.ingest.index).filter((statement) => resourcesOf(statement).some((resource) => JSON.stringify(resource) === JSON.stringify(tableArn)));
    expect(indexTable).toHaveLength(1);
    expect(actionsOf(indexTable[0]!)).toEqual(['dynamodb:BatchGetItem']);
    expect(resourcesOf(indexTable[0]!)).toEqual([tableArn]);
    expect((indexTable[0] as unknown as { Condition: unknown }).Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['CLM#*'] } });
    const indexDynamo = role(stack.ingest.index).flatMap(actionsOf).filter((action) => action.startsWith('dynamodb:'));
    expect(indexDynamo.filter((action) => !/^dynamodb:(BatchGetItem|DescribeStream|GetRecords|GetShardIterator|ListStreams)$/.test(action))).toEqual([]);
    expect(resources[logicalId(stack, stack.ingest.index.function)]!.Properties['Environment']).toMatchObject({ Variables: { TABLE_NAME: { Ref: logicalId(stack, stack.storage.table) } } });
  });

  it('alarms on every dead-letter queue, every function’s errors and the cluster status, with a dashboard', () => {
    for (const { queue } of stack.ingest.deadLetterQueues) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Namespace: 'AWS/SQS',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(stack, queue), 'QueueName'] } }],
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
      });
    }
    for (const fn of [stack.ingest.discover, stack.ingest.discoverSource, stack.ingest.fetch, stack.ingest.process, stack.ingest.index, stack.api.handler]) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'Errors',
        Namespace: 'AWS/Lambda',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalId(stack, fn.function) } }],
      });
    }
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'ClusterStatus.red', Namespace: 'AWS/ES' });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'ClusterStatus.yellow', Namespace: 'AWS/ES' });
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });

  it('passes cdk-nag AwsSolutions with every finding fixed or acknowledged with a reason', () => {
    const violations = nagViolations(stack);
    expect(violations.filter((violation) => violation.severity === 'error')).toEqual([]);
    expect(violations).toEqual([]);
  });
});

describe('CultureIndexStack (context)', () => {
  it('takes the schedule rate, search capacity and API authoriser from context', { timeout: 180_000 }, () => {
    const { stack, template } = synth({
      scheduleRate: 'rate(15 minutes)',
      searchInstanceType: 'r7g.large.search',
      searchDataNodes: '2',
      searchZoneAwareness: 'true',
      searchDedicatedMasterType: 'm7g.large.search',
      apiAuth: 'jwt',
      jwtIssuer: 'https://issuer.example.com',
      jwtAudience: 'dashboards',
      apiThrottleRate: 5,
      fetchConcurrency: 4,
    });
    template.hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: 'rate(15 minutes)' });
    template.hasResourceProperties('AWS::OpenSearchService::Domain', {
      ClusterConfig: Match.objectLike({
        InstanceType: 'r7g.large.search',
        InstanceCount: 2,
        ZoneAwarenessEnabled: true,
        ZoneAwarenessConfig: { AvailabilityZoneCount: 2 },
        DedicatedMasterEnabled: true,
        DedicatedMasterCount: 3,
      }),
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: { Issuer: 'https://issuer.example.com', Audience: ['dashboards'] },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { AuthorizationType: 'JWT' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', { DefaultRouteSettings: { ThrottlingRateLimit: 5, ThrottlingBurstLimit: 40 } });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { ScalingConfig: { MaximumConcurrency: 4 } });
    // Zone awareness and dedicated masters satisfy OS4/OS7 natively: still no findings.
    expect(nagViolations(stack)).toEqual([]);
  });

  it('rejects a bad context value with a message naming the key', { timeout: 180_000 }, () => {
    expect(() => synth({ scheduleRate: 'every hour' })).toThrow(/scheduleRate/);
    expect(() => synth({ searchDataNodes: '3', searchZoneAwareness: true })).toThrow(/even "searchDataNodes"/);
    expect(() => synth({ apiAuth: 'jwt' })).toThrow(/jwtIssuer/);
  });
});
