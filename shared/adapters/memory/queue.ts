/**
 * In-memory Queue for the local single-process mode and for tests. Messages are deep-copied on
 * send (as JSON, like SQS bodies), so a sender mutating its objects afterwards changes nothing
 * and anything that would not survive SQS (functions, undefined, class instances) shows up here too.
 */
import { ValidationError } from '../../domain/errors.js';
import type { Queue } from '../../ports/queue.js';

export class MemoryQueue<T> implements Queue<T> {
  private readonly pending: T[] = [];

  async send(messages: readonly T[]): Promise<void> {
    const copies = messages.map((message, index) => {
      const body = JSON.stringify(message);
      if (body === undefined) throw new ValidationError('message is not serialisable as JSON', [{ path: `messages[${index}]`, message: typeof message }]);
      return JSON.parse(body) as T;
    });
    this.pending.push(...copies);
  }

  /** Removes and returns up to `max` messages, oldest first. */
  receive(max = Number.POSITIVE_INFINITY): T[] {
    return this.pending.splice(0, Math.min(max, this.pending.length));
  }

  /** Removes and returns every message waiting. */
  drain(): T[] {
    return this.receive();
  }

  get size(): number {
    return this.pending.length;
  }
}
