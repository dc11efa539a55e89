/**
 * BatchWriteItem / BatchGetItem with the retries DynamoDB expects from its callers: items it
 * leaves unprocessed (throttling, partition pressure) are sent again with exponential backoff.
 */
import { BatchGetCommand, BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StoreUnavailableError } from '../../domain/errors.js';
import { callDynamo } from './errors.js';

type Item = Record<string, unknown>;
type Key = Record<string, unknown>;

export type WriteRequest = { readonly PutRequest: { readonly Item: Item } } | { readonly DeleteRequest: { readonly Key: Key } };

export interface RetryOptions {
  /** Attempts per chunk, including the first. */
  readonly maxAttempts: number;
  /** Delay before the first retry; doubles each time (with jitter). */
  readonly baseDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { maxAttempts: 8, baseDelayMs: 25 };

const WRITE_CHUNK = 25;
const GET_CHUNK = 100;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function backoffDelay(attempt: number, retry: RetryOptions): number {
  const ceiling = retry.baseDelayMs * 2 ** attempt;
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function batchWrite(
  client: DynamoDBDocumentClient,
  tableName: string,
  requests: readonly WriteRequest[],
  retry: RetryOptions = DEFAULT_RETRY,
): Promise<void> {
  for (const chunk of chunks(requests, WRITE_CHUNK)) {
    let pending: WriteRequest[] = chunk;
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt >= retry.maxAttempts) {
        throw new StoreUnavailableError(`DynamoDB batchWrite: ${pending.length} item(s) still unprocessed after ${retry.maxAttempts} attempts`);
      }
      if (attempt > 0) await sleep(backoffDelay(attempt - 1, retry));
      const result = await callDynamo('batchWrite', () => client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } })));
      pending = (result.UnprocessedItems?.[tableName] ?? []) as WriteRequest[];
    }
  }
}

/** Items for the keys given, in no particular order; missing keys are simply absent. */
export async function batchGet(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly Key[],
  retry: RetryOptions = DEFAULT_RETRY,
): Promise<Item[]> {
  const found: Item[] = [];
  for (const chunk of chunks(keys, GET_CHUNK)) {
    let pending: Key[] = chunk;
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt >= retry.maxAttempts) {
        throw new StoreUnavailableError(`DynamoDB batchGet: ${pending.length} key(s) still unprocessed after ${retry.maxAttempts} attempts`);
      }
      if (attempt > 0) await sleep(backoffDelay(attempt - 1, retry));
      const result = await callDynamo('batchGet', () =>
        client.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true } } })),
      );
      found.push(...((result.Responses?.[tableName] ?? []) as Item[]));
      pending = (result.UnprocessedKeys?.[tableName]?.Keys ?? []) as Key[];
    }
  }
  return found;
}
