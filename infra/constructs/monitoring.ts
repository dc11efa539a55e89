import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface MonitoringProps {
  readonly deadLetterQueues: readonly { readonly name: string; readonly queue: sqs.IQueue }[];
  readonly functions: readonly { readonly name: string; readonly fn: lambda.IFunction }[];
  readonly searchDomain: opensearch.IDomain;
  /** Existing SNS topic to notify; alarms still show in the console without one. */
  readonly alarmTopicArn: string | undefined;
  /** Namespace the functions publish their EMF metrics to. */
  readonly metricsNamespace: string;
}

/**
 * Alarms for everything that must not pile up silently (a message in any DLQ, any function
 * error, a red or yellow cluster) and one dashboard with the pipeline's vital signs.
 */
export class Monitoring extends Construct {
  readonly alarms: cloudwatch.Alarm[] = [];
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const topic = props.alarmTopicArn ? sns.Topic.fromTopicArn(this, 'AlarmTopic', props.alarmTopicArn) : undefined;
    const alarm = (alarmId: string, alarmProps: cloudwatch.AlarmProps): cloudwatch.Alarm => {
      const created = new cloudwatch.Alarm(this, alarmId, alarmProps);
      if (topic) created.addAlarmAction(new actions.SnsAction(topic));
      this.alarms.push(created);
      return created;
    };

    for (const { name, queue } of props.deadLetterQueues) {
      alarm(`${pascal(name)}DlqNotEmpty`, {
        alarmDescription: `Messages in the ${name} dead-letter queue: inspect and redrive them.`,
        metric: queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
        threshold: 0,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    }
    for (const { name, fn } of props.functions) {
      alarm(`${pascal(name)}Errors`, {
        alarmDescription: `The ${name} function reported errors.`,
        metric: fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    }
    alarm('SearchClusterRed', {
      alarmDescription: 'At least one primary shard is unassigned: search is missing data.',
      metric: props.searchDomain.metricClusterStatusRed({ period: Duration.minutes(1), statistic: 'Maximum' }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm('SearchClusterYellow', {
      alarmDescription: 'Replica shards are unassigned (expected with one data node and replicas > 0).',
      metric: props.searchDomain.metricClusterStatusYellow({ period: Duration.minutes(1), statistic: 'Maximum' }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 5,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', { defaultInterval: Duration.hours(24) });
    const pipelineMetric = (metricName: string): cloudwatch.Metric =>
      new cloudwatch.Metric({ namespace: props.metricsNamespace, metricName, statistic: 'Sum', period: Duration.minutes(15), dimensionsMap: { service: 'culture-index' } });
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Pipeline',
        left: ['ArticlesFetched', 'ArticlesParsed', 'EntitiesExtracted'].map(pipelineMetric),
        right: [
          // Failures carry a Reason dimension; SEARCH draws one line per reason.
          new cloudwatch.MathExpression({
            expression: `SEARCH('{${props.metricsNamespace},Reason,service} MetricName="Failures"', 'Sum', 900)`,
            label: 'Failures by reason',
            period: Duration.minutes(15),
          }),
        ],
        width: 12,
      }),
      new cloudwatch.GraphWidget({
        title: 'Dead-letter queues (visible messages)',
        left: props.deadLetterQueues.map(({ name, queue }) => queue.metricApproximateNumberOfMessagesVisible({ label: name, statistic: 'Maximum' })),
        width: 12,
      }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Function errors',
        left: props.functions.map(({ name, fn }) => fn.metricErrors({ label: name, statistic: 'Sum' })),
        width: 12,
      }),
      new cloudwatch.GraphWidget({
        title: 'Function duration p90',
        left: props.functions.map(({ name, fn }) => fn.metricDuration({ label: name, statistic: 'p90' })),
        width: 12,
      }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24 }),
    );
  }
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
