import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { EXPIRES_AT_ATTRIBUTE, GLOBAL_INDEXES, PARTITION_KEY, SORT_KEY } from '../../shared/adapters/dynamodb/table-design.js';

export interface StorageProps {
  /** Keep every version of raw pages (costs more; the archive is append-only anyway). */
  readonly rawVersioning: boolean;
  /** RETAIN in production so a stack deletion never drops data; DESTROY for throw-away stacks. */
  readonly dataRemovalPolicy: RemovalPolicy;
  readonly infrequentAccessAfter: Duration;
  readonly glacierAfter: Duration;
}

/**
 * Where data lives: the raw-page archive (S3) and the single DynamoDB table for articles,
 * entities, mentions and URL states. Keys and indexes come from the adapter's table design, so
 * the deployed table and the adapter cannot drift apart.
 */
export class Storage extends Construct {
  readonly rawBucket: s3.Bucket;
  readonly accessLogsBucket: s3.Bucket;
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: StorageProps) {
    super(scope, id);

    this.accessLogsBucket = new s3.Bucket(this, 'AccessLogs', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(365) }],
      removalPolicy: props.dataRemovalPolicy,
      autoDeleteObjects: false,
    });

    this.rawBucket = new s3.Bucket(this, 'RawPages', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: props.rawVersioning,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'raw-pages/',
      lifecycleRules: [
        {
          id: 'age-raw-pages',
          // Raw pages are read once by `process` and later only for re-parsing.
          transitions: [
            { storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: props.infrequentAccessAfter },
            { storageClass: s3.StorageClass.GLACIER_INSTANT_RETRIEVAL, transitionAfter: props.glacierAfter },
          ],
          abortIncompleteMultipartUploadAfter: Duration.days(7),
          ...(props.rawVersioning ? { noncurrentVersionExpiration: Duration.days(90) } : {}),
        },
      ],
      removalPolicy: props.dataRemovalPolicy,
    });

    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: PARTITION_KEY, type: dynamodb.AttributeType.STRING },
      sortKey: { name: SORT_KEY, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // New images only: the indexer reads NewImage (and Keys for removals), never OldImage, and
      // old images would double every stream record's size.
      stream: dynamodb.StreamViewType.NEW_IMAGE,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      // Temporary items (the /entities snapshots) carry an expiry; DynamoDB removes them after it.
      timeToLiveAttribute: EXPIRES_AT_ATTRIBUTE,
      removalPolicy: props.dataRemovalPolicy,
    });
    for (const index of GLOBAL_INDEXES) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: dynamodb.AttributeType.STRING },
        sortKey: { name: index.sortKey, type: dynamodb.AttributeType.STRING },
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
  }
}
