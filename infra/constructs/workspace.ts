import path from 'node:path';
import { Aws, CfnRule, Duration, Fn, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { REPO_ROOT } from '../lambda-function.js';
import { acknowledge } from '../nag.js';
import { proxyToFunction, throttledStage } from './api.js';

export interface WorkspaceProps {
  /** The api function: the workspace API calls the same function as the IAM API. */
  readonly apiFunction: lambda.IFunction;
  readonly accessLogsBucket: s3.IBucket;
  /** Hosted-UI domain prefix; undefined = "<stack name>-<account id>". */
  readonly authDomainPrefix: string | undefined;
  /** Requests per 5 minutes per IP before the WAF blocks; 0 = no WAF. */
  readonly wafRateLimit: number;
  readonly throttleRateLimit: number;
  readonly throttleBurstLimit: number;
  readonly logRetention: logs.RetentionDays;
  /** RETAIN keeps the analysts' user pool through `cdk destroy`. */
  readonly userPoolRemovalPolicy: RemovalPolicy;
}

/** Where the page finds the API under the distribution; CloudFront strips it before the API sees the path. */
export const WORKSPACE_API_PREFIX = '/api';

/**
 * The search page on AWS: static files in a private bucket behind CloudFront (origin access
 * control), the API under the same distribution at /api/*, analysts signed in by a Cognito user
 * pool (hosted UI, code flow with PKCE). The API under /api is a second HTTP API on the same
 * function that accepts the pool's JWTs; the IAM-authorised API stays for dashboards and scripts
 * (an HTTP API route has one authoriser, so one path cannot take both kinds of caller).
 */
export class Workspace extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  readonly userPool: cognito.UserPool;
  readonly userPoolClient: cognito.UserPoolClient;
  readonly userPoolDomain: cognito.UserPoolDomain;
  readonly httpApi: apigwv2.HttpApi;
  readonly webAcl: wafv2.CfnWebACL | undefined;

  constructor(scope: Construct, id: string, props: WorkspaceProps) {
    super(scope, id);
    const stack = Stack.of(this);

    this.bucket = new s3.Bucket(this, 'WebBucket', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      serverAccessLogsBucket: props.accessLogsBucket,
      serverAccessLogsPrefix: 'web/',
      // Only the deployment writes here; everything in it is rebuilt from web/ by the next deploy.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.userPool = new cognito.UserPool(this, 'Analysts', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      passwordPolicy: { minLength: 12, requireLowercase: true, requireUppercase: true, requireDigits: true, requireSymbols: true, tempPasswordValidity: Duration.days(3) },
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      deletionProtection: props.userPoolRemovalPolicy === RemovalPolicy.RETAIN,
      removalPolicy: props.userPoolRemovalPolicy,
    });
    acknowledge(this.userPool, 'AwsSolutions-COG8', 'The Essentials plan: the Plus plan (threat protection) is billed per active user; the pool has no self sign-up, requires MFA, and only analysts an administrator created can sign in.');
    acknowledge(this.userPool, 'AwsSolutions-COG3', 'Threat protection needs the Plus feature plan (per active user); the pool has no self sign-up, requires MFA, and only analysts an administrator created can sign in.');
    this.userPoolDomain = this.userPool.addDomain('HostedUi', {
      cognitoDomain: { domainPrefix: props.authDomainPrefix ?? Fn.join('-', [stack.stackName.toLowerCase().replace(/[^a-z0-9-]/g, '-'), Aws.ACCOUNT_ID]) },
    });

    // Created before the distribution (which routes /api/* to it); its routes come after the
    // app client, which needs the distribution's address: API → distribution → client → routes.
    this.httpApi = new apigwv2.HttpApi(this, 'HttpApi', { description: 'culture-index API for the workspace page (Cognito JWT)', createDefaultStage: false });
    throttledStage(this, this.httpApi, props);

    const rewrite = new cloudfront.Function(this, 'StripApiPrefix', {
      comment: 'Drops the /api prefix: the API serves /search, /entities, ...',
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      code: cloudfront.FunctionCode.fromInline(
        `function handler(event) { var r = event.request; r.uri = r.uri.substring(${WORKSPACE_API_PREFIX.length}) || '/'; return r; }`,
      ),
    });
    const apiCache = new cloudfront.CachePolicy(this, 'ApiCachePolicy', {
      comment: 'API answers are not cached (max 1 s); Authorization is part of the key so CloudFront forwards it',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(1),
      headerBehavior: cloudfront.CacheHeaderBehavior.allowList('Authorization'),
      queryStringBehavior: cloudfront.CacheQueryStringBehavior.all(),
      cookieBehavior: cloudfront.CacheCookieBehavior.none(),
    });

    this.webAcl = props.wafRateLimit > 0 ? this.rateLimitingAcl(props.wafRateLimit) : undefined;
    const apiHost = Fn.select(1, Fn.split('://', this.httpApi.apiEndpoint));
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'culture-index workspace: search page and API',
      defaultRootObject: 'index.html',
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      ...(this.webAcl ? { webAclId: this.webAcl.attrArn } : {}),
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: this.pageHeaders(),
        compress: true,
      },
      additionalBehaviors: {
        [`${WORKSPACE_API_PREFIX}/*`]: {
          origin: new origins.HttpOrigin(apiHost, { protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY }),
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
          cachePolicy: apiCache,
          originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          functionAssociations: [{ function: rewrite, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],
        },
      },
    });
    const distributionNode = this.distribution.node.defaultChild as cloudfront.CfnDistribution;
    acknowledge(distributionNode, 'AwsSolutions-CFR1', 'No geographic restriction: analysts may work from anywhere; sign-in is required for every API call.');
    acknowledge(distributionNode, 'AwsSolutions-CFR3', 'Static files of one page are not logged at the edge (legacy CloudFront logging needs ACL-enabled buckets); every API call is logged by the workspace API stage.');
    if (!this.webAcl) acknowledge(distributionNode, 'AwsSolutions-CFR2', 'WAF is optional by context ("wafRateLimit"), off by default for cost; API Gateway stage throttling still limits the API.');
    acknowledge(distributionNode, 'AwsSolutions-CFR4', 'The default *.cloudfront.net certificate fixes the viewer minimum at TLSv1 (browsers negotiate TLS 1.2/1.3 anyway); a custom domain with its own ACM certificate is what allows TLSv1.2_2021.');

    const pageUrl = `https://${this.distribution.distributionDomainName}/`;
    this.userPoolClient = this.userPool.addClient('Page', {
      generateSecret: false,
      authFlows: {},
      preventUserExistenceErrors: true,
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL],
        callbackUrls: [pageUrl],
        logoutUrls: [pageUrl],
      },
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
    });

    this.httpApi.addRoutes({
      path: '/{proxy+}',
      methods: [apigwv2.HttpMethod.GET, apigwv2.HttpMethod.HEAD],
      integration: proxyToFunction('WorkspaceIntegration', props.apiFunction),
      authorizer: new HttpUserPoolAuthorizer('AnalystsAuthorizer', this.userPool, { userPoolClients: [this.userPoolClient] }),
    });

    new s3deploy.BucketDeployment(this, 'Page', {
      destinationBucket: this.bucket,
      sources: [
        // The built workspace (scripts/build-web.mjs, run by `npm ci`).
        s3deploy.Source.asset(path.join(REPO_ROOT, 'web', 'dist')),
        // Read by web/auth.js: where the API is and which user pool signs analysts in.
        s3deploy.Source.jsonData('config.json', {
          apiBase: WORKSPACE_API_PREFIX,
          auth: { domain: this.userPoolDomain.baseUrl(), clientId: this.userPoolClient.userPoolClientId, scopes: 'openid email' },
        }),
      ],
      distribution: this.distribution,
      distributionPaths: ['/index.html', '/config.json', '/*.js', '/*.css', '/favicon.svg'],
      memoryLimit: 256,
    });
    const deployer = Stack.of(this).node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (deployer) acknowledge(deployer, `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(this.bucket.node.defaultChild as s3.CfnBucket)}.Arn>/*]`, 'Writes (and prunes) the objects of the web bucket: object keys are the page files, known only at deploy.');
  }

  /** The local server's page headers, plus Cognito's token endpoint for the sign-in exchange. */
  private pageHeaders(): cloudfront.ResponseHeadersPolicy {
    return new cloudfront.ResponseHeadersPolicy(this, 'PageHeaders', {
      comment: 'CSP and security headers of the search page',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: `default-src 'self'; img-src 'self' data:; connect-src 'self' ${this.userPoolDomain.baseUrl()}; object-src 'none'; base-uri 'none'; frame-ancestors 'none'`,
          override: true,
        },
        contentTypeOptions: { override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
      },
    });
  }

  /**
   * A CloudFront-scoped web ACL that blocks an address sending more than `limit` requests in 5
   * minutes. CloudFront web ACLs exist only in us-east-1, so a template rule stops a deploy to
   * another region with a clear message instead of a failed resource.
   */
  private rateLimitingAcl(limit: number): wafv2.CfnWebACL {
    new CfnRule(Stack.of(this), 'WafNeedsUsEast1', {
      assertions: [{ assert: Fn.conditionEquals(Aws.REGION, 'us-east-1'), assertDescription: 'wafRateLimit needs the stack in us-east-1 (CloudFront web ACLs live there); deploy with -c wafRateLimit=0 elsewhere.' }],
    });
    const visibility = (metricName: string) => ({ cloudWatchMetricsEnabled: true, metricName, sampledRequestsEnabled: true });
    return new wafv2.CfnWebACL(this, 'RateLimit', {
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('culture-index-workspace'),
      rules: [
        {
          name: 'rate-per-ip',
          priority: 0,
          action: { block: {} },
          statement: { rateBasedStatement: { limit, aggregateKeyType: 'IP' } },
          visibilityConfig: visibility('culture-index-rate-per-ip'),
        },
      ],
    });
  }
}
