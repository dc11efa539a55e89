import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { indexNames } from '../../shared/adapters/opensearch/names.js';
import { CultureIndexFunction } from '../lambda-function.js';
import { acknowledge, arnWildcardFinding } from '../nag.js';
import { encryptedQueue } from './queues.js';
import { grantSavedSearchWrites } from './saved-search-access.js';
import { searchClientEnvironment, searchReadOnlyStatements } from './search-access.js';

export interface AlertsProps {
  readonly table: dynamodb.ITable;
  readonly searchDomain: opensearch.IDomain;
  readonly searchEndpointUrl: string;
  readonly indexPrefix: string;
  /** EventBridge Scheduler expression, e.g. "rate(15 minutes)". */
  readonly scheduleRate: string;
  readonly userAgent: string;
  /** Subscribed to the alerts topic when given (SNS sends a confirmation e-mail first). */
  readonly email: string | undefined;
  readonly logRetention: logs.RetentionDays;
}

/**
 * Saved-search alerts: a schedule runs the alerts function, which records new matches in the
 * ledger (the feeds read it), publishes one message per saved search with news to the alerts
 * topic (e-mail subscriptions) and calls webhooks. Runs are idempotent, so retries are harmless.
 */
export class Alerts extends Construct {
  readonly handler: CultureIndexFunction;
  readonly topic: sns.Topic;
  readonly schedule: scheduler.Schedule;
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: AlertsProps) {
    super(scope, id);
    // Article titles and saved-search names only, but still kept under the AWS-managed SNS key.
    this.topic = new sns.Topic(this, 'AlertsTopic', {
      displayName: 'culture-index alerts',
      enforceSSL: true,
      masterKey: kms.Alias.fromAliasName(this, 'SnsKey', 'alias/aws/sns'),
    });
    if (props.email) this.topic.addSubscription(new subscriptions.EmailSubscription(props.email));

    const timeout = Duration.minutes(5);
    this.handler = new CultureIndexFunction(this, 'Handler', {
      name: 'alerts',
      description: 'Saved-search alerts: ledger, SNS topic, webhooks',
      environment: {
        TABLE_NAME: props.table.tableName,
        OPENSEARCH_ENDPOINT: props.searchEndpointUrl,
        OPENSEARCH_INDEX_PREFIX: props.indexPrefix,
        ALERTS_TOPIC_ARN: this.topic.topicArn,
        USER_AGENT: props.userAgent,
        ...searchClientEnvironment(30, 2),
      },
      timeout,
      logRetention: props.logRetention,
    });
    grantSavedSearchWrites(props.table, this.handler.role);
    acknowledge(this.handler.role, arnWildcardFinding(props.table, '/index/*'), "Queries on this table's own global secondary indexes (saved-search listing, ledger, pending webhooks, articles by fetch time).");
    this.topic.grantPublish(this.handler.role);
    for (const statement of searchReadOnlyStatements(props.searchDomain.domainArn, props.indexPrefix)) this.handler.role.addToPrincipalPolicy(statement);
    acknowledge(this.handler.role, arnWildcardFinding(props.searchDomain, `/${indexNames(props.indexPrefix).read}/_doc/*`), 'GET of single documents by id from the read alias of this one domain.');

    this.deadLetterQueue = encryptedQueue(this, 'AlertsDlq');
    acknowledge(this.deadLetterQueue, 'AwsSolutions-SQS3', 'This is the dead-letter queue of the alerts schedule and function; an alarm watches it.');
    // A failed run is parked for a look; the next scheduled run redoes its work anyway (idempotent).
    this.handler.function.configureAsyncInvoke({ onFailure: new SqsDestination(this.deadLetterQueue), retryAttempts: 1, maxEventAge: Duration.hours(1) });
    const role = new iam.Role(this, 'SchedulerRole', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com'),
      description: 'Lets EventBridge Scheduler start the alerts function',
    });
    acknowledge(role, arnWildcardFinding(this.handler.function, ':*'), 'Invoke permission on versions and aliases of the one alerts function (added by the scheduler target); nothing else.');
    this.schedule = new scheduler.Schedule(this, 'AlertsSchedule', {
      description: 'Checks every saved search for new matches',
      schedule: scheduler.ScheduleExpression.expression(props.scheduleRate),
      target: new LambdaInvoke(this.handler.function, {
        role,
        input: scheduler.ScheduleTargetInput.fromObject({ trigger: 'schedule' }),
        deadLetterQueue: this.deadLetterQueue,
        retryAttempts: 2,
        maxEventAge: Duration.hours(1),
      }),
    });
  }
}
