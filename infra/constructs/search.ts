import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.js';

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

    const logGroups = {
      slowSearch: new logs.LogGroup(this, 'SlowSearchLogs', { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY }),
      slowIndex: new logs.LogGroup(this, 'SlowIndexLogs', { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY }),
      app: new logs.LogGroup(this, 'AppLogs', { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY }),
    };
    // A plain AWS::Logs::ResourcePolicy instead of the L2's default custom-resource Lambda.
    const logsPolicy = new logs.ResourcePolicy(this, 'LogsPolicy', {
      policyStatements: [
        new iam.PolicyStatement({
          principals: [new iam.ServicePrincipal('es.amazonaws.com')],
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: Object.values(logGroups).map((group) => group.logGroupArn),
        }),
      ],
    });

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
        slowSearchLogGroup: logGroups.slowSearch,
        slowIndexLogEnabled: true,
        slowIndexLogGroup: logGroups.slowIndex,
        appLogEnabled: true,
        appLogGroup: logGroups.app,
      },
      suppressLogsResourcePolicy: true,
      removalPolicy: props.removalPolicy,
    });
    this.domain.node.addDependency(logsPolicy);
    this.acknowledgeFindings(props);
    this.endpointUrl = `https://${this.domain.domainEndpoint}`;
  }

  private acknowledgeFindings(props: SearchProps): void {
    const domain = this.domain.node.defaultChild as opensearch.CfnDomain;
    acknowledge(domain, 'AwsSolutions-OS1', 'Only Lambda functions talk to the domain and every request is SigV4-signed; a VPC would add NAT gateways and VPC-attached Lambdas for no gain in who can reach it (the resource policy names the two roles).');
    acknowledge(domain, 'AwsSolutions-OS3', 'Access is granted to IAM roles, not IP ranges: the callers are Lambda functions without fixed addresses.');
    if (!props.dedicatedMasterType) {
      acknowledge(domain, 'AwsSolutions-OS4', 'Small domain (default one t3.small data node) where dedicated masters would triple the cost; set context "searchDedicatedMasterType" for production scale.');
    }
    if (!props.zoneAwareness) {
      acknowledge(domain, 'AwsSolutions-OS7', 'Single data node by default; the index can be rebuilt from DynamoDB at any time. Set context "searchZoneAwareness=true" with an even "searchDataNodes" for AZ redundancy.');
    }
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
