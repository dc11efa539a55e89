/**
 * An SQS endpoint for tests: SQS_ENDPOINT when set, else ElasticMQ (SQS-compatible, on the JVM)
 * started from ELASTICMQ_CLASSPATH on a free loopback port (`bash scripts/elasticmq-classpath.sh`
 * writes that classpath to .elasticmq/cp.txt). `sqsSkipReason` is null when either is available;
 * with SQS_REQUIRED=1 suites turn a skip into a failure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SQSClient } from '@aws-sdk/client-sqs';

const endpointFromEnv = process.env['SQS_ENDPOINT'];
const classpath = process.env['ELASTICMQ_CLASSPATH'];

export const sqsSkipReason: string | null =
  endpointFromEnv || classpath ? null : 'no SQS endpoint: set SQS_ENDPOINT, or ELASTICMQ_CLASSPATH (bash scripts/elasticmq-classpath.sh)';
export const sqsRequired = process.env['SQS_REQUIRED'] === '1';

export interface RunningSqs {
  readonly endpoint: string;
  readonly client: SQSClient;
  close(): Promise<void>;
}

export async function startSqs(startTimeoutMs = 60_000): Promise<RunningSqs> {
  let child: ChildProcess | null = null;
  let configDir: string | null = null;
  let endpoint = endpointFromEnv;
  if (!endpoint) {
    if (!classpath) throw new Error(sqsSkipReason ?? 'no SQS endpoint');
    configDir = await mkdtemp(join(tmpdir(), 'elasticmq-'));
    ({ child, endpoint } = await startElasticMq(classpath, configDir, startTimeoutMs));
  }
  const client = new SQSClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
  return {
    endpoint,
    client,
    close: async () => {
      client.destroy();
      child?.kill('SIGTERM');
      if (configDir) await rm(configDir, { recursive: true, force: true });
    },
  };
}

async function startElasticMq(cp: string, configDir: string, timeoutMs: number): Promise<{ child: ChildProcess; endpoint: string }> {
  const port = await freePort();
  const config = join(configDir, 'elasticmq.conf');
  await writeFile(
    config,
    [
      'include classpath("application.conf")',
      `node-address { protocol = http, host = "127.0.0.1", port = ${port}, context-path = "" }`,
      `rest-sqs { enabled = true, bind-port = ${port}, bind-hostname = "127.0.0.1", sqs-limits = strict }`,
      'rest-stats { enabled = false }',
    ].join('\n'),
  );
  const child = spawn('java', [`-Dconfig.file=${config}`, '-cp', cp, 'org.elasticmq.server.Main'], { stdio: 'ignore' });
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(`${endpoint}/?Action=ListQueues`);
      return { child, endpoint };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`ElasticMQ did not start within ${timeoutMs / 1000} s`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
