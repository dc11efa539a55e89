import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer, HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import { Construct } from 'constructs';
import { CORS_ALLOWED_HEADERS, CORS_EXPOSED_HEADERS, CORS_MAX_AGE_SECONDS } from '../../shared/api/cors.js';
import { CultureIndexFunction } from '../lambda-function.js';
import { indexNames } from '../../shared/adapters/opensearch/names.js';
import { acknowledge, arnWildcardFinding } from '../nag.js';
import { grantSavedSearchWrites } from './saved-search-access.js';
import { searchClientEnvironment, searchReadOnlyStatements } from './search-access.js';

export type ApiAuth =
  | { readonly kind: 'iam' }
  | { readonly kind: 'jwt'; readonly issuer: string; readonly audience: readonly string[] };

export interface ApiProps {
  readonly table: dynamodb.ITable;
  /** Archived pages, served read-only by /articles/{id}/raw. */
  readonly rawBucket: s3.IBucket;
  readonly searchDomain: opensearch.IDomain;
  readonly searchEndpointUrl: string;
  readonly indexPrefix: string;
  readonly auth: ApiAuth;
  /** Steady-state requests per second and burst on the default stage. */
  readonly throttleRateLimit: number;
  readonly throttleBurstLimit: number;
  readonly logRetention: logs.RetentionDays;
}

/** Read-only search API: HTTP API (IAM or JWT authorised) → one Lambda → shared/api. */
export class Api extends Construct {
  readonly handler: CultureIndexFunction;
  readonly httpApi: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);

    const timeout = Duration.seconds(15);
    this.handler = new CultureIndexFunction(this, 'Handler', {
      name: 'api',
      description: 'Search, entity and timeline API',
      environment: {
        TABLE_NAME: props.table.tableName,
        RAW_BUCKET: props.rawBucket.bucketName,
        OPENSEARCH_ENDPOINT: props.searchEndpointUrl,
        OPENSEARCH_INDEX_PREFIX: props.indexPrefix,
        ...searchClientEnvironment(timeout.toSeconds(), 1),
      },
      timeout,
      logRetention: props.logRetention,
    });
    // Read everything; write only what the API writes (saved searches and their ledger).
    grantSavedSearchWrites(props.table, this.handler.role);
    acknowledge(this.handler.role, arnWildcardFinding(props.table, '/index/*'), "Read-only queries on this table's own global secondary indexes (entity pages, listings).");
    grantSearchOnly(props.searchDomain, props.indexPrefix, this.handler.role);
    // Reads the newest archived copy of an article's URL: List under raw/ finds it, Get reads it.
    this.handler.role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [props.rawBucket.arnForObjects('raw/*')] }));
    this.handler.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [props.rawBucket.bucketArn], conditions: { StringLike: { 's3:prefix': ['raw/*'] } } }),
    );
    acknowledge(this.handler.role, arnWildcardFinding(props.rawBucket, '/raw/*'), 'Archived pages are found by URL hash at request time; the grant is GetObject only, under the raw/ prefix of this bucket.');

    this.httpApi = new apigwv2.HttpApi(this, 'HttpApi', {
      description: 'culture-index search API',
      createDefaultStage: false,
      defaultAuthorizer: authorizerFor(props.auth),
      // API Gateway answers preflights itself, before any authoriser: a browser's OPTIONS carries
      // no credentials, so it must never reach the IAM or JWT check.
      corsPreflight: {
        allowOrigins: ['*'],
        allowMethods: [apigwv2.CorsHttpMethod.GET, apigwv2.CorsHttpMethod.HEAD, apigwv2.CorsHttpMethod.OPTIONS, apigwv2.CorsHttpMethod.POST, apigwv2.CorsHttpMethod.DELETE],
        allowHeaders: [...CORS_ALLOWED_HEADERS],
        exposeHeaders: [...CORS_EXPOSED_HEADERS],
        maxAge: Duration.seconds(CORS_MAX_AGE_SECONDS),
      },
    });
    // One integration for every route: reads, and the saved-search writes behind the same
    // IAM or JWT authoriser.
    const integration = proxyToFunction('ApiIntegration', this.handler.function);
    this.httpApi.addRoutes({ path: '/{proxy+}', methods: [apigwv2.HttpMethod.GET, apigwv2.HttpMethod.HEAD], integration });
    this.httpApi.addRoutes({ path: '/saved-searches', methods: [apigwv2.HttpMethod.POST], integration });
    this.httpApi.addRoutes({ path: '/saved-searches/{id}', methods: [apigwv2.HttpMethod.DELETE], integration });
    this.stage = throttledStage(this, this.httpApi, props);
  }
}

/** Every request of an HTTP API to one function, payload format 2.0. */
export function proxyToFunction(id: string, fn: lambda.IFunction): HttpLambdaIntegration {
  return new HttpLambdaIntegration(id, fn, { payloadFormatVersion: apigwv2.PayloadFormatVersion.VERSION_2_0 });
}

/** The auto-deployed default stage: throttled, with JSON access logs in a log group that expires. */
export function throttledStage(
  scope: Construct,
  httpApi: apigwv2.HttpApi,
  props: { readonly throttleRateLimit: number; readonly throttleBurstLimit: number; readonly logRetention: logs.RetentionDays },
): apigwv2.HttpStage {
  const accessLogs = new logs.LogGroup(scope, 'AccessLogs', { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY });
  return httpApi.addStage('DefaultStage', {
    stageName: '$default',
    autoDeploy: true,
    throttle: { rateLimit: props.throttleRateLimit, burstLimit: props.throttleBurstLimit },
    accessLogSettings: {
      destination: new apigwv2.LogGroupLogDestination(accessLogs),
      format: AccessLogFormat.jsonWithStandardFields(),
    },
  });
}

function authorizerFor(auth: ApiAuth): apigwv2.IHttpRouteAuthorizer {
  if (auth.kind === 'jwt') {
    return new HttpJwtAuthorizer('JwtAuthorizer', auth.issuer, { jwtAudience: [...auth.audience] });
  }
  return new HttpIamAuthorizer();
}

/** The api may query the read alias and GET its documents, nothing else (see search-access.ts). */
function grantSearchOnly(domain: opensearch.IDomain, indexPrefix: string, role: iam.IRole): void {
  for (const statement of searchReadOnlyStatements(domain.domainArn, indexPrefix)) role.addToPrincipalPolicy(statement);
  const read = indexNames(indexPrefix).read;
  acknowledge(role, arnWildcardFinding(domain, `/${read}/_doc/*`), 'GET of single documents by id from the read alias of this one domain: document ids are article ids, unknown in advance.');
}
