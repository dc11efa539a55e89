import { Aws, CfnOutput, Duration, Fn, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { Alerts } from './constructs/alerts.js';
import { Api } from './constructs/api.js';
import { Ingest } from './constructs/ingest.js';
import { Monitoring } from './constructs/monitoring.js';
import { skipInapplicableCheckovChecks } from './checkov-skips.js';
import { giveEveryFunctionALogGroup } from './function-logs.js';
import { Search } from './constructs/search.js';
import { SourceHealthAlarms } from './constructs/source-health.js';
import { parseSourcesCatalogue } from '../shared/domain/sources.js';
import bundledCatalogue from '../sources/catalogue.json' with { type: 'json' };
import { searchReadOnlyStatements, searchWriterStatement } from './constructs/search-access.js';
import { Storage } from './constructs/storage.js';
import { Workspace } from './constructs/workspace.js';
import { suppressKnownFindings } from './nag-suppressions.js';
import { readSettings } from './settings.js';

export const METRICS_NAMESPACE = 'CultureIndex';

/**
 * culture-index on AWS. Environment-agnostic on purpose: `cdk synth` runs offline without
 * credentials, and the same template deploys to any account and region.
 */
export class CultureIndexStack extends Stack {
  readonly storage: Storage;
  readonly search: Search;
  readonly ingest: Ingest;
  readonly api: Api;
  readonly monitoring: Monitoring;
  readonly workspace: Workspace;
  readonly alerts: Alerts;
  readonly sourceHealth: SourceHealthAlarms;

  constructor(scope: Construct, id: string, props: StackProps = {}) {
    super(scope, id, props);
    // Server access logs are granted by bucket policy, not the legacy LogDeliveryWrite ACL.
    this.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);
    const settings = readSettings(this.node);
    const dataRemovalPolicy = settings.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    this.storage = new Storage(this, 'Storage', {
      rawVersioning: settings.rawVersioning,
      dataRemovalPolicy,
      infrequentAccessAfter: Duration.days(30),
      glacierAfter: Duration.days(120),
    });

    this.search = new Search(this, 'Search', {
      domainName: searchDomainName(this.stackName),
      instanceType: settings.searchInstanceType,
      dataNodes: settings.searchDataNodes,
      zoneAwareness: settings.searchZoneAwareness,
      dedicatedMasterType: settings.searchDedicatedMasterType,
      volumeSizeGiB: settings.searchVolumeGiB,
      logRetention: settings.logRetention,
      removalPolicy: dataRemovalPolicy,
    });

    this.ingest = new Ingest(this, 'Ingest', {
      table: this.storage.table,
      rawBucket: this.storage.rawBucket,
      searchDomain: this.search.domain,
      searchEndpointUrl: this.search.endpointUrl,
      indexPrefix: settings.indexPrefix,
      searchReplicas: settings.searchDataNodes > 1 ? 1 : 0,
      scheduleRate: settings.scheduleRate,
      userAgent: settings.userAgent,
      fetchConcurrency: settings.fetchConcurrency,
      discoverConcurrency: settings.discoverConcurrency,
      fetchMaxReceiveCount: settings.fetchMaxReceiveCount,
      logRetention: settings.logRetention,
    });

    this.api = new Api(this, 'Api', {
      table: this.storage.table,
      rawBucket: this.storage.rawBucket,
      searchDomain: this.search.domain,
      searchEndpointUrl: this.search.endpointUrl,
      indexPrefix: settings.indexPrefix,
      auth: settings.apiAuth,
      throttleRateLimit: settings.apiThrottleRate,
      throttleBurstLimit: settings.apiThrottleBurst,
      logRetention: settings.logRetention,
    });

    this.alerts = new Alerts(this, 'Alerts', {
      table: this.storage.table,
      searchDomain: this.search.domain,
      searchEndpointUrl: this.search.endpointUrl,
      indexPrefix: settings.indexPrefix,
      scheduleRate: settings.alertsScheduleRate,
      userAgent: settings.userAgent,
      email: settings.alertsEmail,
      logRetention: settings.logRetention,
    });

    this.workspace = new Workspace(this, 'Workspace', {
      apiFunction: this.api.handler.function,
      accessLogsBucket: this.storage.accessLogsBucket,
      authDomainPrefix: settings.authDomainPrefix,
      wafRateLimit: settings.wafRateLimit,
      throttleRateLimit: settings.apiThrottleRate,
      throttleBurstLimit: settings.apiThrottleBurst,
      logRetention: settings.logRetention,
      userPoolRemovalPolicy: dataRemovalPolicy,
    });

    this.search.setAccessPolicy([
      searchWriterStatement(this.search.domainArn, new iam.ArnPrincipal(this.ingest.index.role.roleArn)),
      ...searchReadOnlyStatements(this.search.domainArn, settings.indexPrefix, [
        new iam.ArnPrincipal(this.api.handler.role.roleArn),
        new iam.ArnPrincipal(this.alerts.handler.role.roleArn),
      ]),
    ]);

    this.monitoring = new Monitoring(this, 'Monitoring', {
      deadLetterQueues: [...this.ingest.deadLetterQueues, { name: 'alerts', queue: this.alerts.deadLetterQueue }],
      functions: [
        { name: 'discover', fn: this.ingest.discover.function },
        { name: 'discover-source', fn: this.ingest.discoverSource.function },
        { name: 'fetch', fn: this.ingest.fetch.function },
        { name: 'process', fn: this.ingest.process.function },
        { name: 'index', fn: this.ingest.index.function },
        { name: 'api', fn: this.api.handler.function },
        { name: 'alerts', fn: this.alerts.handler.function },
      ],
      searchDomain: this.search.domain,
      searchVolumeGiB: settings.searchVolumeGiB,
      throttleWatched: [{ name: 'fetch', fn: this.ingest.fetch.function }],
      alarmEmail: settings.alarmEmail,
      metricsNamespace: METRICS_NAMESPACE,
    });

    this.sourceHealth = new SourceHealthAlarms(this, 'SourceHealth', {
      // The catalogue the functions bundle (functions/sources.ts): one alarm per source it lists.
      sourceIds: parseSourcesCatalogue(bundledCatalogue).map((source) => source.id),
      quietDays: settings.sourceQuietDays,
      topic: this.monitoring.topic,
      dashboard: this.monitoring.dashboard,
      metricsNamespace: METRICS_NAMESPACE,
      serviceName: 'culture-index',
    });

    new CfnOutput(this, 'ApiUrl', { description: 'IAM (SigV4) API for dashboards and scripts', value: this.api.httpApi.apiEndpoint });
    new CfnOutput(this, 'WorkspaceUrl', { description: 'The search page; analysts sign in with the user pool', value: `https://${this.workspace.distribution.distributionDomainName}/` });
    new CfnOutput(this, 'UserPoolId', { description: 'Create analysts here (see README: deploy guide)', value: this.workspace.userPool.userPoolId });
    new CfnOutput(this, 'AlarmTopicArn', { description: 'Subscribe more addresses or chat integrations here', value: this.monitoring.topic.topicArn });
    new CfnOutput(this, 'AlertsTopicArn', { description: 'Saved-search alerts: subscribe e-mail addresses here', value: this.alerts.topic.topicArn });
    new CfnOutput(this, 'RawBucketName', { value: this.storage.rawBucket.bucketName });
    new CfnOutput(this, 'TableName', { value: this.storage.table.tableName });
    new CfnOutput(this, 'SearchEndpoint', { value: this.search.endpointUrl });
    new CfnOutput(this, 'FetchQueueUrl', { value: this.ingest.fetchQueue.queueUrl });

    giveEveryFunctionALogGroup(this, settings.logRetention);
    suppressKnownFindings(this);
    skipInapplicableCheckovChecks(this);
  }
}

/**
 * OpenSearch domain names: lower case, start with a letter, 3–28 characters. The stack name plus
 * the first 8 hex digits of the stack's id, which CloudFormation makes new for every creation of
 * the stack: a domain retained by `cdk destroy` keeps its name, and the next deploy's domain gets
 * another one instead of failing on the name. Stable across updates of one stack.
 */
export function searchDomainName(stackName: string): string {
  const base = stackName.toLowerCase().replace(/[^a-z0-9-]/g, '-').replace(/^[^a-z]+/, '');
  const stackUuid = Fn.select(2, Fn.split('/', Aws.STACK_ID));
  const creationId = Fn.select(0, Fn.split('-', stackUuid));
  return Fn.join('-', [(base || 'ci').slice(0, 19).replace(/-+$/, ''), creationId]);
}
