/**
 * S3 for tests: s3rver on 127.0.0.1 with a free port, storing objects in a temp dir that close()
 * removes. One bucket is created up front.
 *
 *   const s3 = await startS3rver();
 *   const archive = new S3RawArchive({ client: s3.client, bucket: s3.bucket });
 *   ...
 *   await s3.close();
 *
 * s3rver runs in a child Node process started with --openssl-legacy-provider: its ListObjectsV2
 * continuation tokens are DES-encrypted, and OpenSSL 3 (Node ≥ 17) only has DES in the legacy
 * provider — in-process, any truncated listing fails with InternalError. Startup takes ~0.5 s.
 * The client sets checksum calculation/validation to 'WHEN_REQUIRED': s3rver cannot verify the
 * SDK's default CRC checksums.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { S3Client } from '@aws-sdk/client-s3';

export interface RunningS3rver {
  /** http://127.0.0.1:<port> */
  readonly endpoint: string;
  readonly client: S3Client;
  /** A bucket that exists and is empty at start. */
  readonly bucket: string;
  close(): Promise<void>;
}

export function s3ClientFor(endpoint: string): S3Client {
  return new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 2,
  });
}

/** Runs in the child: start s3rver, print the port, stop on SIGTERM. */
const CHILD_SCRIPT = `
const S3rver = require(process.env.S3RVER_MODULE);
const server = new S3rver({
  address: '127.0.0.1', port: 0, silent: true, directory: process.env.S3RVER_DIR,
  configureBuckets: [{ name: process.env.S3RVER_BUCKET, configs: [] }],
});
server.run().then((address) => process.stdout.write(JSON.stringify({ port: address.port }) + '\\n'),
  (error) => { console.error(error); process.exit(1); });
process.on('SIGTERM', () => server.close().finally(() => process.exit(0)));
`;

export async function startS3rver(bucket = 'culture-index-raw'): Promise<RunningS3rver> {
  const directory = await mkdtemp(join(tmpdir(), 's3rver-'));
  const child = spawn(process.execPath, ['--openssl-legacy-provider', '-e', CHILD_SCRIPT], {
    env: { ...process.env, S3RVER_MODULE: createRequire(import.meta.url).resolve('s3rver'), S3RVER_DIR: directory, S3RVER_BUCKET: bucket },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve((JSON.parse(line) as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`s3rver exited before listening (code ${code})`)));
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const client = s3ClientFor(endpoint);
  return {
    endpoint,
    client,
    bucket,
    close: async () => {
      client.destroy();
      child.kill('SIGTERM');
      await exited;
      await rm(directory, { recursive: true, force: true });
    },
  };
}
