/** The Queue contract on the in-memory queue. */
import { describe, expect, it } from 'vitest';
import { MemoryQueue } from '../../shared/adapters/memory/queue.js';
import { ValidationError } from '../../shared/domain/errors.js';
import type { FetchMessage } from '../../shared/ports/queue.js';
import { describeQueueContract } from './queue.contract.js';

describeQueueContract('memory', async () => {
  const queue = new MemoryQueue<FetchMessage>();
  return {
    queue,
    receive: async () => queue.drain(),
    cleanup: async () => {},
  };
});

describe('MemoryQueue specifics', () => {
  it('hands out messages oldest first, in as many portions as asked', async () => {
    const queue = new MemoryQueue<number>();
    await queue.send([1, 2, 3, 4, 5]);
    expect(queue.size).toBe(5);
    expect(queue.receive(2)).toEqual([1, 2]);
    expect(queue.drain()).toEqual([3, 4, 5]);
    expect(queue.size).toBe(0);
  });

  it('refuses, as SQS would, a message that has no JSON form — and sends none of that batch', async () => {
    const queue = new MemoryQueue<unknown>();
    await expect(queue.send([{ ok: true }, undefined])).rejects.toBeInstanceOf(ValidationError);
    expect(queue.size).toBe(0);
  });
});
