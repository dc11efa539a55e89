/**
 * In-process DynamoDB for tests: dynalite (LevelDB in memory) on 127.0.0.1 with a free port.
 *
 *   const ddb = await startDynalite();
 *   await createTable(ddb.rawClient, 'culture-index');   // from shared/adapters/dynamodb/create-table.ts
 *   const store = new DynamoArticleStore({ client: ddb.client, tableName: 'culture-index' });
 *   ...
 *   await ddb.close();
 *
 * dynalite has no transactions and no Streams; tables become ACTIVE at once (createTableMs: 0).
 */
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll } from 'vitest';
import { createTable } from '../../shared/adapters/dynamodb/create-table.js';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

interface DynaliteOptions {
  createTableMs?: number;
  deleteTableMs?: number;
  updateTableMs?: number;
  maxItemSizeKb?: number;
}

// dynalite ships no type declarations; require it through a typed signature.
const require = createRequire(import.meta.url);
const dynalite = require('dynalite') as (options: DynaliteOptions) => Server;

export interface RunningDynalite {
  /** http://127.0.0.1:<port> */
  readonly endpoint: string;
  /** Document client (marshalls plain JS values), as the adapters take it. */
  readonly client: DynamoDBDocumentClient;
  /** The low-level client under `client`, for CreateTable and raw calls. */
  readonly rawClient: DynamoDBClient;
  close(): Promise<void>;
}

/** Fake credentials: dynalite accepts any signature, the SDK only needs something to sign with. */
export function dynamoClientFor(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 2,
  });
}

export async function startDynalite(): Promise<RunningDynalite> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const rawClient = dynamoClientFor(endpoint);
  const client = DynamoDBDocumentClient.from(rawClient, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return {
    endpoint,
    client,
    rawClient,
    close: async () => {
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * For a contract suite on DynamoDB: starts dynalite for the test file and returns an opener that
 * gives each test a fresh table (named `<prefix>-<n>`) and deletes it in `cleanup`.
 */
export function freshDynaliteTables<T>(prefix: string, adapter: (client: DynamoDBDocumentClient, tableName: string) => T): () => Promise<{ adapter: T; cleanup(): Promise<void> }> {
  let dynamo: RunningDynalite | undefined;
  let tables = 0;
  beforeAll(async () => {
    dynamo = await startDynalite();
  });
  afterAll(async () => {
    await dynamo?.close();
  });
  return async () => {
    if (!dynamo) throw new Error('dynalite is not running');
    const running = dynamo;
    tables += 1;
    const tableName = `${prefix}-${tables}`;
    await createTable(running.rawClient, tableName);
    return { adapter: adapter(running.client, tableName), cleanup: async () => void (await running.rawClient.send(new DeleteTableCommand({ TableName: tableName }))) };
  };
}
