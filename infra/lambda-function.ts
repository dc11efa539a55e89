import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledge } from './nag.js';

/** The repository root: entries, the lock file and tsconfig are resolved from here. */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export const FUNCTION_NAMES = ['discover', 'discover-source', 'fetch', 'process', 'index', 'api', 'alerts'] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

export interface CultureIndexFunctionProps {
  /** Selects `functions/<name>/handler.ts` as the entry. */
  readonly name: FunctionName;
  readonly description: string;
  readonly environment: Readonly<Record<string, string>>;
  readonly timeout: Duration;
  readonly memorySize?: number;
  readonly logRetention: logs.RetentionDays;
  /** Node/V8 flags for this function's runtime, after --enable-source-maps (e.g. the parse heap setting). */
  readonly nodeFlags?: readonly string[];
}

/**
 * In ESM bundles `require` does not exist, yet some CommonJS dependencies call it for Node
 * built-ins; this banner gives them one.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __ciCreateRequire } from 'node:module'; const require = __ciCreateRequire(import.meta.url);";

/**
 * The one way every culture-index Lambda is built: Node 22 on ARM64, bundled by the local esbuild
 * into a minified ESM file with source maps, its own log group with a retention, X-Ray tracing,
 * and an execution role that may write to that log group only (grants are added by callers).
 */
export class CultureIndexFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: CultureIndexFunctionProps) {
    super(scope, id);

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // An own role instead of the AWSLambdaBasicExecutionRole managed policy: logs go to this
    // function's log group only.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `culture-index ${props.name} function`,
    });
    this.role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );

    this.function = new NodejsFunction(this, 'Function', {
      entry: path.join(REPO_ROOT, 'functions', props.name, 'handler.ts'),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
      description: props.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      tracing: lambda.Tracing.ACTIVE,
      environment: {
        NODE_OPTIONS: ['--enable-source-maps', ...(props.nodeFlags ?? [])].join(' '),
        POWERTOOLS_SERVICE_NAME: 'culture-index',
        POWERTOOLS_METRICS_NAMESPACE: 'CultureIndex',
        ...props.environment,
      },
      bundling: {
        forceDockerBundling: false,
        minify: true,
        sourceMap: true,
        sourceMapMode: SourceMapMode.DEFAULT,
        sourcesContent: false,
        target: 'node22',
        format: OutputFormat.ESM,
        mainFields: ['module', 'main'],
        banner: ESM_REQUIRE_BANNER,
        // The Node 22 runtime ships AWS SDK v3; bundling it again only adds cold-start weight.
        externalModules: ['@aws-sdk/*'],
        tsconfig: path.join(REPO_ROOT, 'tsconfig.json'),
        metafile: false,
      },
    });

    acknowledge(this.role, 'AwsSolutions-IAM5[Resource::*]', 'Only actions without resource-level scoping: the X-Ray actions of active tracing (xray:PutTraceSegments, xray:PutTelemetryRecords) and, for the stream consumer, dynamodb:ListStreams added by its event source. Every data grant on this role names its resource.');
    acknowledge(this.function, 'AwsSolutions-L1', 'Node.js 22 is the pinned runtime of the project (esbuild target node22, the version the handlers are tested for); moving to a newer runtime is a deliberate upgrade, not a drift.');
  }
}
