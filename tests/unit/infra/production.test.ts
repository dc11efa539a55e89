/**
 * What a first deploy, a redeploy after `cdk destroy` and a review of least privilege need from
 * the synthesised template (issue: AWS production readiness). Each case reads the template.
 */
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CultureIndexStack } from '../../../infra/culture-index-stack.js';
import { indexNames } from '../../../shared/adapters/opensearch/names.js';
import { actionsOf, logicalId, resourcesOf, statementsOfRole, synth, type Json, type Resource, type Statement } from './template.js';

const ofType = (resources: Record<string, Resource>, type: string): [string, Resource][] => Object.entries(resources).filter(([, resource]) => resource.Type === type);

describe('CultureIndexStack on a real account', () => {
  let stack: CultureIndexStack;
  let template: Template;
  let resources: Record<string, Resource>;

  beforeAll(() => {
    ({ stack, template, resources } = synth());
  });

  it('reserves no Lambda concurrency (a first deploy on a new account would fail); the fetch event source caps fetch instead', () => {
    for (const [id, fn] of ofType(resources, 'AWS::Lambda::Function')) expect(fn.Properties['ReservedConcurrentExecutions'], id).toBeUndefined();
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(stack, stack.ingest.fetch.function) },
      ScalingConfig: { MaximumConcurrency: 2 },
    });
  });

  it('names the OpenSearch domain after the stack creation, so a domain retained by cdk destroy never blocks the next deploy', () => {
    const [, domain] = ofType(resources, 'AWS::OpenSearchService::Domain')[0]!;
    expect((domain as unknown as Json)['DeletionPolicy']).toBe('Retain');
    const name = domain.Properties['DomainName'];
    expect(typeof name).not.toBe('string');
    // The first 8 hex digits of the stack id: new for every creation of the stack.
    expect(JSON.stringify(name)).toContain('"Ref":"AWS::StackId"');
    expect(JSON.stringify(name)).toMatch(/^\{"Fn::Join":\["-",\["cultureindex",/);
    // The access policy spells the ARN from the same expression, never by referring to the domain.
    const policy = JSON.stringify(domain.Properties['AccessPolicies']);
    expect(policy).toContain('"Ref":"AWS::StackId"');
    expect(policy).not.toContain(logicalId(stack, stack.search.domain));
  });

  it("lets the api role only query the read alias and GET its documents — in the domain's resource policy, not only its identity policy", () => {
    const domain = resources[logicalId(stack, stack.search.domain)]!.Properties;
    const statements = (domain['AccessPolicies'] as { Statement: Statement[] }).Statement;
    // A statement may name several readers (the api and alerts roles share the read-only ones).
    const of = (role: { node: { defaultChild?: unknown } }) =>
      statements.filter((statement) => [(statement.Principal as { AWS: unknown }).AWS].flat().some((p) => JSON.stringify(p) === JSON.stringify({ 'Fn::GetAtt': [logicalId(stack, role), 'Arn'] })));
    const read = indexNames('culture-index').read;
    const pathOf = (resource: unknown): string => {
      const parts = (resource as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1];
      return String(parts[parts.length - 1]);
    };

    const api = of(stack.api.handler.role);
    expect(api.length).toBeGreaterThan(0);
    const allowed = api.flatMap((statement) => actionsOf(statement).flatMap((action) => resourcesOf(statement).map((resource) => `${action} ${pathOf(resource)}`)));
    expect(allowed.sort()).toEqual(
      [
        `es:ESHttpGet /${read}/_count`,
        `es:ESHttpGet /${read}/_doc/*`,
        `es:ESHttpGet /${read}/_msearch`,
        `es:ESHttpGet /${read}/_search`,
        `es:ESHttpHead /${read}/_doc/*`,
        `es:ESHttpPost /${read}/_count`,
        `es:ESHttpPost /${read}/_msearch`,
        `es:ESHttpPost /${read}/_search`,
      ].sort(),
    );
    for (const statement of api) expect(statement.Effect).toBe('Allow');

    // The indexer writes: every method, on this domain's paths only.
    const index = of(stack.ingest.index.role);
    expect(index.flatMap(actionsOf)).toEqual(expect.arrayContaining(['es:ESHttpPut', 'es:ESHttpDelete', 'es:ESHttpPost']));
    for (const statement of index) for (const resource of resourcesOf(statement)) expect(pathOf(resource)).toBe('/*');

    // The api role's identity policy says the same: no es:* grant beyond the read alias.
    const identity = statementsOfRole(resources, logicalId(stack, stack.api.handler.role)).filter((statement) => actionsOf(statement).some((action) => action.startsWith('es:')));
    for (const statement of identity) for (const resource of resourcesOf(statement)) expect(pathOf(resource)).toMatch(new RegExp(`^/${read}/(_search|_count|_msearch|_doc/\\*)$`));
  });

  it('always creates the alarm topic, and every alarm notifies it', () => {
    // Two topics: alarms (operators) and saved-search alerts (analysts), neither subscribed by default.
    template.resourceCountIs('AWS::SNS::Topic', 2);
    template.resourceCountIs('AWS::SNS::Subscription', 0);
    const topic = { Ref: logicalId(stack, stack.monitoring.topic) };
    const alarms = ofType(resources, 'AWS::CloudWatch::Alarm');
    expect(alarms.length).toBeGreaterThan(10);
    for (const [id, alarm] of alarms) {
      expect(alarm.Properties['AlarmActions'], id).toEqual([topic]);
      expect(alarm.Properties['OKActions'], id).toEqual([topic]);
    }
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it('alarms on OpenSearch free storage (a quarter of the volume), JVM memory pressure and fetch throttles', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { Namespace: 'AWS/ES', MetricName: 'FreeStorageSpace', Statistic: 'Minimum', Threshold: 10 * 1024 * 0.25, ComparisonOperator: 'LessThanOrEqualToThreshold' });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { Namespace: 'AWS/ES', MetricName: 'JVMMemoryPressure', Statistic: 'Maximum', Threshold: 85 });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'Throttles',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalId(stack, stack.ingest.fetch.function) } }],
      Threshold: 1,
    });
  });

  it('fits every try of the OpenSearch client, retries included, inside the Lambda timeout of the api and the indexer', () => {
    for (const fn of [stack.api.handler, stack.ingest.index]) {
      const props = resources[logicalId(stack, fn.function)]!.Properties;
      const env = (props['Environment'] as { Variables: Record<string, string> }).Variables;
      const perTry = Number(env['OPENSEARCH_TIMEOUT_MS']);
      const tries = Number(env['OPENSEARCH_MAX_RETRIES']) + 1;
      expect(perTry).toBeGreaterThan(1000);
      expect(perTry * tries).toBeLessThan(Number(props['Timeout']) * 1000);
    }
  });

  it('lets process list raw/ so a missing object is a 404 (handled), not a 403', () => {
    const statements = statementsOfRole(resources, logicalId(stack, stack.ingest.process.role));
    const list = statements.find((statement) => actionsOf(statement).includes('s3:ListBucket'))!;
    expect(actionsOf(list)).toEqual(['s3:ListBucket']);
    expect(list.Resource).toEqual({ 'Fn::GetAtt': [logicalId(stack, stack.storage.rawBucket), 'Arn'] });
    expect((list as unknown as Json)['Condition']).toEqual({ StringLike: { 's3:prefix': ['raw/*'] } });
  });

  it('streams new images only (nothing reads OldImage)', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', { StreamSpecification: { StreamViewType: 'NEW_IMAGE' } });
  });

  it('fans discovery out: the schedule queues one message per source, a worker per source has its own timeout and DLQ', () => {
    const queueId = logicalId(stack, stack.ingest.discoverQueue);
    const dlq = stack.ingest.deadLetterQueues.find((entry) => entry.name === 'discover-source')!.queue;
    const worker = resources[logicalId(stack, stack.ingest.discoverSource.function)]!.Properties;
    expect(worker['Timeout']).toBe(300);
    expect(resources[queueId]!.Properties).toMatchObject({
      VisibilityTimeout: 6 * 300,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [logicalId(stack, dlq), 'Arn'] }, maxReceiveCount: 2 },
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [queueId, 'Arn'] },
      FunctionName: { Ref: logicalId(stack, stack.ingest.discoverSource.function) },
      BatchSize: 1,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 5 },
    });
    // The scheduled function only sends to the discover queue; it reads no table and no feed.
    const discover = resources[logicalId(stack, stack.ingest.discover.function)]!.Properties;
    expect((discover['Environment'] as { Variables: Json }).Variables).toMatchObject({ DISCOVER_QUEUE_URL: { Ref: queueId } });
    const actions = statementsOfRole(resources, logicalId(stack, stack.ingest.discover.role)).flatMap(actionsOf);
    expect(actions.filter((action) => action.startsWith('dynamodb:'))).toEqual([]);
    expect(actions).toContain('sqs:SendMessage');
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'ApproximateNumberOfMessagesVisible', Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(stack, dlq), 'QueueName'] } }] });
  });

  it("gives every Lambda of the stack, CDK's own handlers included, a log group that expires", () => {
    const groups = new Map(ofType(resources, 'AWS::Logs::LogGroup'));
    const functions = ofType(resources, 'AWS::Lambda::Function');
    expect(functions.some(([id]) => id.startsWith('BucketNotificationsHandler'))).toBe(true);
    for (const [id, fn] of functions) {
      const ref = (fn.Properties['LoggingConfig'] as { LogGroup?: { Ref?: string } } | undefined)?.LogGroup?.Ref;
      expect(ref, id).toBeDefined();
      expect(groups.get(ref!)!.Properties['RetentionInDays'], id).toBe(30);
    }
  });
});

describe('CultureIndexStack outside checkers', () => {
  it('skips checkov checks only in resource metadata, each with a reason; cfn-lint only W3005 on functions', { timeout: 180_000 }, () => {
    const { resources } = synth();
    let skips = 0;
    for (const [id, resource] of Object.entries(resources)) {
      const metadata = (resource as unknown as { Metadata?: Json }).Metadata ?? {};
      const checkov = metadata['checkov'] as { skip: { id: string; comment: string }[] } | undefined;
      for (const skip of checkov?.skip ?? []) {
        expect(skip.id, id).toMatch(/^CKV_AWS_\d+$/);
        expect(skip.comment.length, `${id} ${skip.id}`).toBeGreaterThan(40);
        skips += 1;
      }
      const cfnLint = metadata['cfn-lint'] as { config: { ignore_checks: string[] } } | undefined;
      if (cfnLint) {
        expect(resource.Type, id).toBe('AWS::Lambda::Function');
        expect(cfnLint.config.ignore_checks).toEqual(['W3005']);
      }
    }
    expect(skips).toBeGreaterThan(0);
  });
});

describe('CultureIndexStack alarm e-mail', () => {
  it('subscribes the address given by context to the alarm topic', { timeout: 180_000 }, () => {
    const { template } = synth({ alarmEmail: 'ops@example.org' });
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.org' });
    expect(() => synth({ alarmEmail: 'not an address' })).toThrow(/alarmEmail/);
  });
});
