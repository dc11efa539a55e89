/**
 * The search page on AWS, read from the synthesised template: a private bucket behind CloudFront
 * with origin access control, the API under the same distribution accepting the user pool's JWTs,
 * the IAM API kept for scripts, the page's config written at deploy, and optional WAF.
 */
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CultureIndexStack } from '../../../infra/culture-index-stack.js';
import { logicalId, synth, type Json, type Resource } from './template.js';

describe('Workspace (defaults)', () => {
  let stack: CultureIndexStack;
  let template: Template;
  let resources: Record<string, Resource>;
  let distribution: Json;

  beforeAll(() => {
    ({ stack, template, resources } = synth());
    distribution = resources[logicalId(stack, stack.workspace.distribution)]!.Properties['DistributionConfig'] as Json;
  });

  it('keeps the page in a private bucket that only this distribution may read (origin access control)', () => {
    const bucketId = logicalId(stack, stack.workspace.bucket);
    const bucket = resources[bucketId]!.Properties;
    expect(bucket['PublicAccessBlockConfiguration']).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    expect(bucket['WebsiteConfiguration']).toBeUndefined();
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Action: 's3:GetObject',
            Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    });
    const s3Origin = (distribution['Origins'] as Json[]).find((origin) => origin['S3OriginConfig'] !== undefined)!;
    expect(s3Origin['OriginAccessControlId']).toBeDefined();
    expect(distribution['DefaultRootObject']).toBe('index.html');
    expect(distribution['DefaultCacheBehavior']).toMatchObject({ ViewerProtocolPolicy: 'redirect-to-https', TargetOriginId: s3Origin['Id'] });
  });

  it('serves the workspace API under /api/* of the same distribution, with the prefix stripped and Authorization forwarded', () => {
    const behaviours = distribution['CacheBehaviors'] as Json[];
    expect(behaviours).toHaveLength(1);
    const api = behaviours[0]!;
    expect(api).toMatchObject({ PathPattern: '/api/*', ViewerProtocolPolicy: 'https-only', AllowedMethods: ['GET', 'HEAD', 'OPTIONS'] });
    const origin = (distribution['Origins'] as Json[]).find((entry) => entry['Id'] === api['TargetOriginId'])!;
    expect(JSON.stringify(origin['DomainName'])).toContain(`"Fn::GetAtt":["${logicalId(stack, stack.workspace.httpApi)}","ApiEndpoint"]`);
    expect(origin['CustomOriginConfig']).toMatchObject({ OriginProtocolPolicy: 'https-only' });
    template.hasResourceProperties('AWS::CloudFront::Function', { FunctionCode: Match.stringLikeRegexp('substring\\(4\\)') });
    template.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: Match.objectLike({ ParametersInCacheKeyAndForwardedToOrigin: Match.objectLike({ HeadersConfig: { HeaderBehavior: 'whitelist', Headers: ['Authorization'] } }) }),
    });
  });

  it('signs analysts in with a user pool (hosted UI, code flow, public client, MFA) and the workspace API accepts its JWTs', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', { AdminCreateUserConfig: { AllowAdminCreateUserOnly: true }, MfaConfiguration: 'ON' });
    template.resourceCountIs('AWS::Cognito::UserPoolDomain', 1);
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['openid', 'email'],
      CallbackURLs: [{ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [logicalId(stack, stack.workspace.distribution), 'DomainName'] }, '/']] }],
    });
    const poolId = { Ref: logicalId(stack, stack.workspace.userPool) };
    const clientId = { Ref: logicalId(stack, stack.workspace.userPoolClient) };
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      ApiId: { Ref: logicalId(stack, stack.workspace.httpApi) },
      AuthorizerType: 'JWT',
      JwtConfiguration: { Audience: [clientId], Issuer: { 'Fn::Join': ['', ['https://cognito-idp.', { Ref: 'AWS::Region' }, '.amazonaws.com/', poolId]] } },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { ApiId: { Ref: logicalId(stack, stack.workspace.httpApi) }, RouteKey: 'GET /{proxy+}', AuthorizationType: 'JWT' });
    // Scripts and dashboards keep the IAM API, and both APIs call the one api function.
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { ApiId: { Ref: logicalId(stack, stack.api.httpApi) }, RouteKey: 'GET /{proxy+}', AuthorizationType: 'AWS_IAM' });
    const integrations = Object.values(resources).filter((resource) => resource.Type === 'AWS::ApiGatewayV2::Integration');
    expect(integrations).toHaveLength(2);
    for (const integration of integrations) expect(integration.Properties['IntegrationUri']).toEqual({ 'Fn::GetAtt': [logicalId(stack, stack.api.handler.function), 'Arn'] });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', { ApiId: { Ref: logicalId(stack, stack.workspace.httpApi) }, DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 } });
  });

  it('deploys web/ with a config.json that tells the page where the API and the hosted UI are', () => {
    const [deployment] = Object.values(resources).filter((resource) => resource.Type === 'Custom::CDKBucketDeployment');
    const props = JSON.stringify(deployment!.Properties);
    expect(props).toContain(`"Ref":"${logicalId(stack, stack.workspace.userPoolClient)}"`);
    expect(props).toContain(`"Ref":"${logicalId(stack, stack.workspace.bucket)}"`);
    expect(deployment!.Properties['DistributionPaths']).toEqual(expect.arrayContaining(['/config.json', '/index.html']));
  });

  it('adds no WAF by default', () => {
    template.resourceCountIs('AWS::WAFv2::WebACL', 0);
    expect(distribution['WebACLId']).toBeUndefined();
  });
});

describe('Workspace with WAF', () => {
  it('rate-limits per IP with a CloudFront web ACL and refuses regions other than us-east-1', { timeout: 180_000 }, () => {
    const { stack, template } = synth({ wafRateLimit: 2000 });
    template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'CLOUDFRONT',
      DefaultAction: { Allow: {} },
      Rules: [Match.objectLike({ Action: { Block: {} }, Statement: { RateBasedStatement: { Limit: 2000, AggregateKeyType: 'IP' } } })],
    });
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({ WebACLId: { 'Fn::GetAtt': [stack.getLogicalId(stack.workspace.webAcl!), 'Arn'] } }),
    });
    const rules = template.toJSON()['Rules'] as Record<string, { Assertions: { Assert: unknown }[] }>;
    expect(JSON.stringify(Object.values(rules)[0]!.Assertions[0]!.Assert)).toBe(JSON.stringify({ 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] }));
    expect(() => synth({ wafRateLimit: 5 })).toThrow(/wafRateLimit/);
  });
});
