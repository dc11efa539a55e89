import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

export interface SourceHealthAlarmsProps {
  /** Catalogue source ids: one metric set and one alarm each. */
  readonly sourceIds: readonly string[];
  /** Days without a stored article before a source's alarm fires (1–7: CloudWatch evaluates at most 7 days). */
  readonly quietDays: number;
  readonly topic: sns.ITopic;
  /** The dashboard that gets a row per source. */
  readonly dashboard: cloudwatch.Dashboard;
  /** Namespace the functions publish their EMF metrics to. */
  readonly metricsNamespace: string;
  /** The EMF `service` dimension the functions write. */
  readonly serviceName: string;
}

/** Per-source metrics the process and fetch functions publish (shared/pipeline/health-step.ts). */
export const SOURCE_METRICS = ['SourcePagesFetched', 'SourceArticlesStored', 'SourceFailures', 'SourceEmptyBodies', 'SourceMissingDates', 'SourceZeroEntities'] as const;

/**
 * Source health on AWS: for every catalogue source an alarm when it stored no article for
 * `quietDays` whole days (missing data breaches: a silent source publishes no datapoint at all),
 * and a dashboard row of its metric set, dimension Source = the source id.
 */
export class SourceHealthAlarms extends Construct {
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: SourceHealthAlarmsProps) {
    super(scope, id);
    if (!Number.isInteger(props.quietDays) || props.quietDays < 1 || props.quietDays > 7) {
      throw new Error(`sourceQuietDays must be a whole number of days from 1 to 7, got ${props.quietDays}`);
    }
    const metric = (metricName: string, sourceId: string, period: Duration): cloudwatch.Metric =>
      new cloudwatch.Metric({ namespace: props.metricsNamespace, metricName, statistic: 'Sum', period, dimensionsMap: { service: props.serviceName, Source: sourceId } });
    for (const sourceId of props.sourceIds) {
      const alarm = new cloudwatch.Alarm(this, `Silent-${sourceId}`, {
        alarmDescription: `Source ${sourceId} stored no article for ${props.quietDays} day(s): check its feeds and sitemaps (culture-index status --sources).`,
        metric: metric('SourceArticlesStored', sourceId, Duration.days(1)),
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
        evaluationPeriods: props.quietDays,
        datapointsToAlarm: props.quietDays,
        treatMissingData: cloudwatch.TreatMissingData.BREACHING,
      });
      alarm.addAlarmAction(new actions.SnsAction(props.topic));
      alarm.addOkAction(new actions.SnsAction(props.topic));
      this.alarms.push(alarm);
      props.dashboard.addWidgets(
        new cloudwatch.GraphWidget({ title: `Source ${sourceId}`, width: 24, left: SOURCE_METRICS.map((name) => metric(name, sourceId, Duration.hours(6))) }),
      );
    }
  }
}
