import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.js';

export interface SearchProps {
  /**
   * Lower-case, starts with a letter, at most 28 characters, and a different name for every
   * creation of the stack (see searchDomainName), so the access policy can spell the domain's ARN
   * without referring to the domain, and a domain retained by `cdk destroy` never blocks the next
   * deploy's domain.
   */
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
  /** The domain's ARN spelled from its name: usable inside the domain's own resource policy. */
  readonly domainArn: string;

  constructor(scope: Construct, id: string, props: SearchProps) {
    super(scope, id);

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
    this.domainArn = Stack.of(this).formatArn({ service: 'es', resource: 'domain', resourceName: props.domainName });
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
   * Writes the domain's resource policy, one statement per role and purpose. Within one account a
   * resource-policy allow is enough on its own, so this policy — not only the roles' identity
   * policies — must say what each role may do. Set directly on the CloudFormation resource (not
   * the L2 `accessPolicies`, which adds a custom-resource Lambda).
   */
  setAccessPolicy(statements: readonly iam.PolicyStatement[]): void {
    const cfnDomain = this.domain.node.defaultChild as opensearch.CfnDomain;
    cfnDomain.accessPolicies = new iam.PolicyDocument({ statements: [...statements] }).toJSON();
  }
}
