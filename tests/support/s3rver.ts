/**
 * In-process S3 for tests: s3rver on 127.0.0.1 with a free port, storing objects in a temp dir
 * that close() removes. One bucket is created up front.
 *
 *   const s3 = await startS3rver();
 *   const archive = new S3RawArchive({ client: s3.client, bucket: s3.bucket });
 *   ...
 *   await s3.close();
 *
 * s3rver cannot verify the SDK's default CRC checksums, hence the 'WHEN_REQUIRED' settings.
 */
import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { S3Client } from '@aws-sdk/client-s3';

interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
type S3rverConstructor = new (options: {
  address: string;
  port: number;
  silent: boolean;
  directory: string;
  configureBuckets: { name: string; configs: string[] }[];
}) => S3rverInstance;

// s3rver ships no type declarations; require it through a typed signature.
const require = createRequire(import.meta.url);
const S3rver = require('s3rver') as S3rverConstructor;

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

export async function startS3rver(bucket = 'culture-index-raw'): Promise<RunningS3rver> {
  const directory = await mkdtemp(join(tmpdir(), 's3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = s3ClientFor(endpoint);
  return {
    endpoint,
    client,
    bucket,
    close: async () => {
      client.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
