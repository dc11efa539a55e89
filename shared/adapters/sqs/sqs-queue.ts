/**
 * Queue on SQS (standard queue): messages are JSON bodies, sent with SendMessageBatch in groups
 * of at most 10 entries and at most `maxBatchBytes` of body. Entries SQS rejects are retried
 * with exponential backoff when the fault is SQS's (throttling, internal error); entries rejected
 * as the sender's fault (too large, invalid characters) are not retried. What still failed is
 * thrown as one domain error naming every failed message by its index in `send`'s input:
 * ValidationError when some were the sender's fault, StoreUnavailableError otherwise.
 */
import { SendMessageBatchCommand, type SendMessageBatchRequestEntry, type SQSClient } from '@aws-sdk/client-sqs';
import { CultureIndexError, StoreUnavailableError, ValidationError } from '../../domain/errors.js';
import type { Queue } from '../../ports/queue.js';

export interface SqsQueueOptions {
  readonly client: SQSClient;
  readonly queueUrl: string;
  /** Attempts per message, including the first. */
  readonly maxAttempts?: number;
  readonly baseDelayMs?: number;
  /** SQS caps one batch (and one message) at 256 KiB of body. */
  readonly maxBatchBytes?: number;
}

export interface QueueSendFailure {
  /** Index of the message in the array given to send(). */
  readonly index: number;
  readonly code: string;
  readonly message: string;
  readonly senderFault: boolean;
}

const MAX_ENTRIES = 10;
const SENDER_FAULT_NAMES = new Set(['InvalidParameterValue', 'InvalidMessageContents', 'BatchRequestTooLong', 'EmptyBatchRequest', 'TooManyEntriesInBatchRequest', 'ValidationError', 'ValidationException']);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function errorName(error: unknown): string {
  return error && typeof error === 'object' && 'name' in error && typeof error.name === 'string' ? error.name : '';
}

function describeFailures(failures: readonly QueueSendFailure[]): string {
  return failures.map((f) => `#${f.index} ${f.code}: ${f.message}`).join('; ');
}

export class SqsQueue<T> implements Queue<T> {
  private readonly client: SQSClient;
  private readonly queueUrl: string;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxBatchBytes: number;

  constructor(options: SqsQueueOptions) {
    this.client = options.client;
    this.queueUrl = options.queueUrl;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.baseDelayMs = options.baseDelayMs ?? 50;
    this.maxBatchBytes = options.maxBatchBytes ?? 262_144;
  }

  async send(messages: readonly T[]): Promise<void> {
    const failures: QueueSendFailure[] = [];
    const bodies: { index: number; body: string }[] = [];
    messages.forEach((message, index) => {
      const body = JSON.stringify(message);
      if (body === undefined) failures.push({ index, code: 'NotSerialisable', message: 'not serialisable as JSON', senderFault: true });
      else if (Buffer.byteLength(body) > this.maxBatchBytes) failures.push({ index, code: 'MessageTooLong', message: `${Buffer.byteLength(body)} bytes`, senderFault: true });
      else bodies.push({ index, body });
    });
    for (const group of this.groups(bodies)) failures.push(...(await this.sendGroup(group)));
    if (failures.length === 0) return;
    failures.sort((a, b) => a.index - b.index);
    const summary = `SQS send: ${failures.length} of ${messages.length} message(s) not sent: ${describeFailures(failures)}`;
    if (failures.some((f) => f.senderFault)) {
      throw new ValidationError(summary, failures.map((f) => ({ path: `messages[${f.index}]`, message: `${f.code}: ${f.message}` })));
    }
    throw new StoreUnavailableError(summary);
  }

  /** Consecutive messages, at most 10 and at most maxBatchBytes per group. */
  private groups(bodies: readonly { index: number; body: string }[]): { index: number; body: string }[][] {
    const groups: { index: number; body: string }[][] = [];
    let current: { index: number; body: string }[] = [];
    let bytes = 0;
    for (const entry of bodies) {
      const size = Buffer.byteLength(entry.body);
      if (current.length === MAX_ENTRIES || (current.length > 0 && bytes + size > this.maxBatchBytes)) {
        groups.push(current);
        current = [];
        bytes = 0;
      }
      current.push(entry);
      bytes += size;
    }
    if (current.length > 0) groups.push(current);
    return groups;
  }

  private async sendGroup(group: readonly { index: number; body: string }[]): Promise<QueueSendFailure[]> {
    let pending = [...group];
    const permanent: QueueSendFailure[] = [];
    let lastFailures: QueueSendFailure[] = [];
    for (let attempt = 0; pending.length > 0 && attempt < this.maxAttempts; attempt += 1) {
      if (attempt > 0) await sleep(this.baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2));
      const entries: SendMessageBatchRequestEntry[] = pending.map((entry) => ({ Id: String(entry.index), MessageBody: entry.body }));
      let failed: QueueSendFailure[];
      try {
        const result = await this.client.send(new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: entries }));
        failed = (result.Failed ?? []).map((f) => ({ index: Number(f.Id), code: f.Code ?? 'Unknown', message: f.Message ?? '', senderFault: f.SenderFault === true }));
      } catch (error) {
        if (error instanceof CultureIndexError) throw error;
        const name = errorName(error) || 'Error';
        const senderFault = SENDER_FAULT_NAMES.has(name);
        failed = pending.map((entry) => ({ index: entry.index, code: name, message: error instanceof Error ? error.message : String(error), senderFault }));
      }
      permanent.push(...failed.filter((f) => f.senderFault));
      const retry = new Set(failed.filter((f) => !f.senderFault).map((f) => f.index));
      lastFailures = failed.filter((f) => !f.senderFault);
      pending = pending.filter((entry) => retry.has(entry.index));
    }
    return [...permanent, ...(pending.length > 0 ? lastFailures : [])];
  }
}
