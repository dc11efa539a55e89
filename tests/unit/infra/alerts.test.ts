/** The alerts part of the stack: schedule → alerts function → ledger, SNS topic, webhooks; API writes. */
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { actionsOf, logicalId, resourcesOf, statementsOfRole, synth } from './template.js';

const { stack, template, resources } = synth();

describe('CultureIndexStack alerts', () => {
  it('runs the alerts function on a schedule (default every 15 minutes) with retries and a dead-letter queue', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(15 minutes)',
      Target: Match.objectLike({
        Arn: { 'Fn::GetAtt': [logicalId(stack, stack.alerts.handler.function), 'Arn'] },
        Input: JSON.stringify({ trigger: 'schedule' }),
        RetryPolicy: { MaximumEventAgeInSeconds: 3600, MaximumRetryAttempts: 2 },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalId(stack, stack.alerts.deadLetterQueue), 'Arn'] } },
      }),
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: logicalId(stack, stack.alerts.handler.function) },
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [logicalId(stack, stack.alerts.deadLetterQueue), 'Arn'] } } },
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmDescription: Match.stringLikeRegexp('alerts dead-letter queue') });
  });

  it('publishes to its own encrypted, TLS-only alerts topic, named to the function', () => {
    const topicId = logicalId(stack, stack.alerts.topic);
    expect(resources[topicId]!.Properties).toMatchObject({ DisplayName: 'culture-index alerts', KmsMasterKeyId: expect.anything() });
    const env = resources[logicalId(stack, stack.alerts.handler.function)]!.Properties['Environment'] as { Variables: Record<string, unknown> };
    expect(env.Variables['ALERTS_TOPIC_ARN']).toEqual({ Ref: topicId });
    const statements = statementsOfRole(resources, logicalId(stack, stack.alerts.handler.role));
    const publish = statements.find((statement) => actionsOf(statement).includes('sns:Publish'))!;
    expect(resourcesOf(publish)).toEqual([{ Ref: topicId }]);
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: topicId }],
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it('lets the alerts function search (read only) and never write to OpenSearch', () => {
    const actions = statementsOfRole(resources, logicalId(stack, stack.alerts.handler.role)).flatMap(actionsOf);
    expect(actions).toContain('es:ESHttpPost');
    expect(actions).not.toContain('es:ESHttpPut');
    expect(actions).not.toContain('es:ESHttpDelete');
  });

  it('routes the API writes (POST /saved-searches, DELETE /saved-searches/{id}) through the same authoriser as reads', () => {
    for (const routeKey of ['GET /{proxy+}', 'POST /saved-searches', 'DELETE /saved-searches/{id}']) {
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', { ApiId: { Ref: logicalId(stack, stack.api.httpApi) }, RouteKey: routeKey, AuthorizationType: 'AWS_IAM' });
    }
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: Match.objectLike({ AllowMethods: Match.arrayWith(['POST', 'DELETE']) }) });
  });

  it('subscribes the address given by context to the alerts topic, not to the alarm topic', { timeout: 180_000 }, () => {
    const { stack: withEmail, template: withEmailTemplate } = synth({ alertsEmail: 'desk@example.org', alertsScheduleRate: 'rate(1 hour)' });
    withEmailTemplate.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'desk@example.org', TopicArn: { Ref: logicalId(withEmail, withEmail.alerts.topic) } });
    withEmailTemplate.resourceCountIs('AWS::SNS::Subscription', 1);
    withEmailTemplate.hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: 'rate(1 hour)' });
    expect(() => synth({ alertsEmail: 'not an address' })).toThrow(/alertsEmail/);
  });
});
