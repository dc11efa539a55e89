/** The Queue contract on the in-memory queue. */
import { MemoryQueue } from '../../shared/adapters/memory/queue.js';
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
