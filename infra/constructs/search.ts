import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import { Construct } from 'constructs';

export interface SearchProps {
  /** Lower-case, starts with a letter, at most 28 characters. Fixed so the access policy can name it. */
  readonly domainName: string;
  readonly instanceType: string;
  readonly dataNodes: number;
  /** Spread data nodes over two AZs (needs an even number of data nodes). */
  readonly zoneAwareness: boolean;
  /** Three dedicated master nodes of this type, or none when undefined. */
  readonly dedicatedMasterType: string | undefined;
  readonly volumeSizeGiB: number;
  readonly logRetention: logs.RetentionDays;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The OpenSearch 2.19 domain behind search. Access is IAM-signed (SigV4): fine-grained access
 * control is off and the domain's resource policy names only the roles given to `allowRoles`,
 * whose identity policies then say which HTTP methods each may use.
 */
export class Search extends Construct {
  readonly domain: opensearch.Domain;
  readonly endpointUrl: string;
  private readonly domainName: string;

  constructor(scope: Construct, id: string, props: SearchProps) {
    super(scope, id);
    this.domainName = props.domainName;

    const logGroup = (name: string): logs.LogGroup =>
      new logs.LogGroup(this, name, { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY });

    this.domain = new opensearch.Domain(this, 'Domain', {
      domainName: props.domainName,
      version: opensearch.EngineVersion.openSearch('2.19'),
      capacity: {
        dataNodes: props.dataNodes,
        dataNodeInstanceType: props.instanceType,
        ...(props.dedicatedMasterType ? { masterNodes: 3, masterNodeInstanceType: props.dedicatedMasterType } : {}),
        // t3 instance types do not support Multi-AZ with standby.
        multiAzWithStandbyEnabled: false,
      },
      zoneAwareness: props.zoneAwareness ? { enabled: true, availabilityZoneCount: 2 } : { enabled: false },
      ebs: { enabled: true, volumeSize: props.volumeSizeGiB, volumeType: ec2.EbsDeviceVolumeType.GP3 },
      encryptionAtRest: { enabled: true },
      nodeToNodeEncryption: true,
      enforceHttps: true,
      tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_2,
      logging: {
        slowSearchLogEnabled: true,
        slowSearchLogGroup: logGroup('SlowSearchLogs'),
        slowIndexLogEnabled: true,
        slowIndexLogGroup: logGroup('SlowIndexLogs'),
        appLogEnabled: true,
        appLogGroup: logGroup('AppLogs'),
      },
      removalPolicy: props.removalPolicy,
    });
    this.endpointUrl = `https://${this.domain.domainEndpoint}`;
  }

  /**
   * Writes the domain's resource policy: only these roles may send requests. Set directly on the
   * CloudFormation resource (not the L2 `accessPolicies`, which adds a custom-resource Lambda);
   * the domain ARN is spelled from the fixed name to avoid a self-reference.
   */
  allowRoles(roles: readonly iam.IRole[]): void {
    const stack = Stack.of(this);
    const domainArn = stack.formatArn({ service: 'es', resource: 'domain', resourceName: this.domainName });
    const policy = new iam.PolicyDocument({
      statements: [
        new iam.PolicyStatement({
          effect: iam.Effect.ALLOW,
          principals: roles.map((role) => new iam.ArnPrincipal(role.roleArn)),
          actions: ['es:ESHttpGet', 'es:ESHttpHead', 'es:ESHttpPost', 'es:ESHttpPut', 'es:ESHttpDelete', 'es:ESHttpPatch'],
          resources: [`${domainArn}/*`],
        }),
      ],
    });
    const cfnDomain = this.domain.node.defaultChild as opensearch.CfnDomain;
    cfnDomain.accessPolicies = policy.toJSON();
  }
}
