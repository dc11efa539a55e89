import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.js';

export interface MonitoringProps {
  readonly deadLetterQueues: readonly { readonly name: string; readonly queue: sqs.IQueue }[];
  readonly functions: readonly { readonly name: string; readonly fn: lambda.IFunction }[];
  readonly searchDomain: opensearch.IDomain;
  /** EBS volume per data node: the free-storage alarm fires below a quarter of it. */
  readonly searchVolumeGiB: number;
  /** Functions whose throttles mean work waits (fetch: the account's concurrency is exhausted). */
  readonly throttleWatched: readonly { readonly name: string; readonly fn: lambda.IFunction }[];
  /** Subscribed by e-mail to the alarm topic (SNS sends a confirmation first); none = topic only. */
  readonly alarmEmail: string | undefined;
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
  /** Every alarm notifies this topic, so an alarm always reaches whoever subscribes to it. */
  readonly topic: sns.Topic;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'AlarmTopic', { displayName: 'culture-index alarms', enforceSSL: true });
    acknowledge(this.topic, 'AwsSolutions-SNS2', 'Alarm notifications carry alarm names and states only, no data; CloudWatch cannot publish to a topic under the AWS-managed SNS key, and a customer-managed key would cost more than the topic protects.');
    if (props.alarmEmail) this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
    const alarm = (alarmId: string, alarmProps: cloudwatch.AlarmProps): cloudwatch.Alarm => {
      const created = new cloudwatch.Alarm(this, alarmId, alarmProps);
      created.addAlarmAction(new actions.SnsAction(this.topic));
      created.addOkAction(new actions.SnsAction(this.topic));
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

    alarm('SearchFreeStorageLow', {
      alarmDescription: 'A data node has less than a quarter of its volume free: raise searchVolumeGiB or roll indices over sooner (OpenSearch blocks writes at 5% free).',
      metric: props.searchDomain.metricFreeStorageSpace({ period: Duration.minutes(5), statistic: 'Minimum' }),
      // FreeStorageSpace is in MiB.
      threshold: props.searchVolumeGiB * 1024 * 0.25,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    });
    alarm('SearchJvmMemoryPressure', {
      alarmDescription: 'JVM heap above 85% for 15 minutes: searches and bulk writes will be rejected; use a larger instance type or fewer shards.',
      metric: props.searchDomain.metricJVMMemoryPressure({ period: Duration.minutes(5), statistic: 'Maximum' }),
      threshold: 85,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 3,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    for (const { name, fn } of props.throttleWatched) {
      alarm(`${pascal(name)}Throttles`, {
        alarmDescription: `The ${name} function was throttled: the account's Lambda concurrency is exhausted and queued work waits (raise the quota or lower other functions' concurrency).`,
        metric: fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }),
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    }

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
  return name.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}
