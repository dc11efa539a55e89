import type { Client } from '@opensearch-project/opensearch';
import { guarded } from './errors.js';

export type BulkOperation =
  | { readonly action: 'index'; readonly id: string; readonly source: unknown }
  | { readonly action: 'delete'; readonly id: string };

export interface BulkOutcome {
  readonly succeeded: number;
  readonly failures: readonly { id: string; reason: string }[];
}

interface BulkItem {
  readonly _id?: string;
  readonly status: number;
  readonly error?: { readonly type?: string; readonly reason?: string };
}

interface BulkResponse {
  readonly errors: boolean;
  readonly items: readonly Record<string, BulkItem>[];
}

/** Managed domains cap a request at 10 MiB on small instances; stay well under. */
const MAX_REQUEST_BYTES = 5 * 1024 * 1024;
/** Items rejected with 429 (queue full) are retried this often before counting as failures. */
const RETRIES_ON_PRESSURE = 2;

interface Encoded {
  readonly op: BulkOperation;
  readonly lines: readonly string[];
  readonly bytes: number;
}

function encode(op: BulkOperation): Encoded {
  const header = JSON.stringify({ [op.action]: { _id: op.id } });
  const lines = op.action === 'index' ? [header, JSON.stringify(op.source)] : [header];
  return { op, lines, bytes: lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0) };
}

function* batches(items: readonly Encoded[]): Generator<Encoded[]> {
  let batch: Encoded[] = [];
  let bytes = 0;
  for (const item of items) {
    if (batch.length > 0 && bytes + item.bytes > MAX_REQUEST_BYTES) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(item);
    bytes += item.bytes;
  }
  if (batch.length > 0) yield batch;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends operations with _bulk. Items the node rejects (a malformed field …) are returned as
 * failures, not thrown; a failed request as a whole (unreachable node, 5xx) throws
 * StoreUnavailableError. Deleting a missing document counts as success.
 */
export async function bulkWrite(client: Client, index: string, operations: readonly BulkOperation[]): Promise<BulkOutcome> {
  let succeeded = 0;
  const failures: { id: string; reason: string }[] = [];
  for (const batch of batches(operations.map(encode))) {
    let pending = batch;
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      const body = pending.flatMap((item) => item.lines).join('\n') + '\n';
      const response = await guarded('write documents', () => client.bulk({ index, body: body as never }));
      const items = (response.body as unknown as BulkResponse).items;
      const retry: Encoded[] = [];
      items.forEach((entry, i) => {
        const item = Object.values(entry)[0];
        const sent = pending[i];
        if (item === undefined || sent === undefined) return;
        if (!item.error) succeeded += 1;
        else if (item.status === 429 && attempt < RETRIES_ON_PRESSURE) retry.push(sent);
        else failures.push({ id: sent.op.id, reason: [item.error.type, item.error.reason].filter(Boolean).join(': ') || `status ${item.status}` });
      });
      pending = retry;
      if (pending.length > 0) await sleep(250 * 2 ** attempt);
    }
  }
  return { succeeded, failures };
}
