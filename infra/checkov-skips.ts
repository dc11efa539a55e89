import { CfnResource, type Stack } from 'aws-cdk-lib';

/**
 * checkov findings that do not apply to this stack, skipped in each resource's template Metadata
 * (`checkov › skip › [{ id, comment }]`, which checkov reads) with the reason a reviewer needs.
 * Keyed by resource type: the reason holds for every resource of that type in this stack.
 * Everything checkov reports beyond this list fails `.ci/checks/checkov.sh`.
 */
const SKIPS_BY_TYPE: Readonly<Record<string, readonly { readonly id: string; readonly comment: string }[]>> = {
  'AWS::Lambda::Function': [
    { id: 'CKV_AWS_115', comment: 'No reserved concurrency: a reservation may not push the account below its unreserved minimum (10 on new accounts), which fails a first deploy. SQS event sources cap fetch and discover-source (MaximumConcurrency), the API stage throttles the api.' },
    { id: 'CKV_AWS_116', comment: 'Failures are caught where the invocation comes from: SQS queues and the stream mapping have DLQs, discover and process (asynchronous) have on-failure destinations, the api and CDK custom-resource handlers are synchronous; a function-level DLQ would add nothing.' },
    { id: 'CKV_AWS_117', comment: 'No VPC: the functions reach public news sites and AWS APIs only (OpenSearch by SigV4 with IAM); a VPC would add NAT gateways without narrowing who can reach anything.' },
    { id: 'CKV_AWS_173', comment: 'Environment variables hold resource names, URLs and tuning numbers, no secrets; Lambda encrypts them at rest with its service key.' },
  ],
  'AWS::Logs::LogGroup': [
    { id: 'CKV_AWS_158', comment: 'Logs hold URLs, titles and request metadata, no secrets or personal data beyond API access logs; CloudWatch Logs encrypts them at rest by default, and a customer-managed key would add cost for no reader it keeps out.' },
  ],
  'AWS::DynamoDB::Table': [
    { id: 'CKV_AWS_119', comment: 'Encrypted at rest with the AWS-managed key (SSE enabled); the data is public news text, and a customer-managed key would bill a KMS request per read.' },
  ],
  'AWS::SQS::Queue': [
    { id: 'CKV_AWS_27', comment: 'Encrypted at rest with SQS-managed keys (SqsManagedSseEnabled), which checkov does not recognise; messages hold URLs and source ids only.' },
  ],
  'AWS::OpenSearchService::Domain': [
    { id: 'CKV_AWS_317', comment: 'Audit logs need fine-grained access control, which is off: access is IAM only, and the resource policy names the two roles and what each may do. Search slow logs and application logs are published.' },
  ],
  'AWS::CloudFront::Distribution': [
    { id: 'CKV_AWS_174', comment: 'The default *.cloudfront.net certificate fixes the viewer minimum at TLSv1 (browsers negotiate TLS 1.2/1.3); a custom domain with its own ACM certificate allows TLSv1.2_2021.' },
    { id: 'CKV_AWS_86', comment: 'Static files of one page are not logged at the edge (legacy CloudFront logging needs ACL-enabled buckets); every API call is logged by the workspace API stage.' },
  ],
};

/** Per bucket (by construct path suffix), why versioning or access logging is off. */
const BUCKET_SKIPS: readonly { readonly pathEnd: string; readonly id: string; readonly comment: string }[] = [
  { pathEnd: '/AccessLogs/Resource', id: 'CKV_AWS_18', comment: 'This is the access-log bucket itself; logging it into itself would loop.' },
  { pathEnd: '/AccessLogs/Resource', id: 'CKV_AWS_21', comment: 'Access logs are append-only objects that expire after a year; versions would only keep deleted logs longer.' },
  { pathEnd: '/RawPages/Resource', id: 'CKV_AWS_21', comment: 'Append-only archive (a key per URL hash and fetch time); versioning is a context switch ("rawVersioning") for operators who want it.' },
  { pathEnd: '/WebBucket/Resource', id: 'CKV_AWS_21', comment: 'Holds the search page, rebuilt from the repository by every deploy; older versions have no value.' },
];

export function skipInapplicableCheckovChecks(stack: Stack): void {
  for (const construct of stack.node.findAll()) {
    if (!(construct instanceof CfnResource)) continue;
    const skips = [...(SKIPS_BY_TYPE[construct.cfnResourceType] ?? [])];
    if (construct.cfnResourceType === 'AWS::S3::Bucket') {
      skips.push(...BUCKET_SKIPS.filter((skip) => construct.node.path.endsWith(skip.pathEnd)).map(({ id, comment }) => ({ id, comment })));
    }
    // Only the alarm topic is unencrypted (the alerts topic uses the AWS-managed SNS key).
    if (construct.cfnResourceType === 'AWS::SNS::Topic' && construct.node.path.includes('/Monitoring/')) {
      skips.push({ id: 'CKV_AWS_26', comment: 'Alarm notifications carry alarm names and states only; CloudWatch cannot publish to a topic under the AWS-managed SNS key, and a customer-managed key would cost more than the topic protects.' });
    }
    if (construct.cfnResourceType === 'AWS::CloudFront::Distribution' && !hasWebAcl(stack, construct)) {
      skips.push({ id: 'CKV_AWS_68', comment: 'WAF is optional by context ("wafRateLimit", off by default for cost; it needs us-east-1); API Gateway stage throttling still limits the API.' });
    }
    if (construct.cfnResourceType === 'AWS::IAM::Policy' && construct.node.path.includes('/Custom::CDKBucketDeployment')) {
      skips.push({ id: 'CKV_AWS_111', comment: "CDK's deploy-time page-upload handler: it writes and prunes the web bucket's objects and invalidates CloudFront (no resource-level scoping for invalidations)." });
    }
    if (skips.length > 0) construct.addMetadata('checkov', { skip: skips });
  }
}

function hasWebAcl(stack: Stack, distribution: CfnResource): boolean {
  const config = stack.resolve((distribution as unknown as { distributionConfig: unknown }).distributionConfig) as { webAclId?: unknown } | undefined;
  return config?.webAclId !== undefined;
}
