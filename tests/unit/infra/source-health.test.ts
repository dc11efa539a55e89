import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as sns from 'aws-cdk-lib/aws-sns';
import { describe, expect, it } from 'vitest';
import { SourceHealthAlarms, SOURCE_METRICS } from '../../../infra/constructs/source-health.js';
import { synth, type Json } from './template.js';

function build(quietDays: number, sourceIds = ['azernews', 'trend']): Template {
  const stack = new Stack(new App(), 'Test');
  const topic = new sns.Topic(stack, 'Topic', { enforceSSL: true });
  const dashboard = new cloudwatch.Dashboard(stack, 'Dashboard');
  new SourceHealthAlarms(stack, 'SourceHealth', { sourceIds, quietDays, topic, dashboard, metricsNamespace: 'CultureIndex', serviceName: 'culture-index' });
  return Template.fromStack(stack);
}

describe('source health on AWS', () => {
  it('alarms per source when it stored no article for the configured days, missing data counting as silence', () => {
    const template = build(4);
    template.resourceCountIs('AWS::CloudWatch::Alarm', 2);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'CultureIndex',
      MetricName: 'SourceArticlesStored',
      Dimensions: Match.arrayWith([{ Name: 'Source', Value: 'trend' }, { Name: 'service', Value: 'culture-index' }]),
      Statistic: 'Sum',
      Period: 86_400,
      EvaluationPeriods: 4,
      DatapointsToAlarm: 4,
      Threshold: 1,
      ComparisonOperator: 'LessThanThreshold',
      TreatMissingData: 'breaching',
      AlarmActions: [{ Ref: Match.stringLikeRegexp('^Topic') }],
      OKActions: [{ Ref: Match.stringLikeRegexp('^Topic') }],
    });
  });

  it('draws every source’s metric set on the dashboard', () => {
    const dashboard = Object.values(build(3).findResources('AWS::CloudWatch::Dashboard'))[0] as { Properties: { DashboardBody: Json } };
    const body = JSON.stringify(dashboard.Properties.DashboardBody);
    for (const name of SOURCE_METRICS) expect(body).toContain(name);
    expect(body).toContain('azernews');
  });

  it('refuses a quiet period CloudWatch cannot evaluate', () => {
    expect(() => build(8)).toThrow(/1 to 7/);
    expect(() => build(0)).toThrow(/1 to 7/);
  });

  it('is part of the stack: one alarm per catalogue source, period from the sourceQuietDays context', { timeout: 180_000 }, () => {
    const { stack, template } = synth({ sourceQuietDays: 2 });
    expect(stack.sourceHealth.alarms.length).toBeGreaterThan(5);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'SourceArticlesStored', Dimensions: Match.arrayWith([{ Name: 'Source', Value: 'azernews' }]), EvaluationPeriods: 2 });
  });
});
