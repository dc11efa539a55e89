/**
 * The Queue contract: one suite, run against every adapter (in-memory, SQS …). Each test gets a
 * fresh, empty queue from `makeQueue`, plus a way to read back what was sent.
 * Standard SQS queues do not keep order, so deliveries are compared as sets.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FetchMessage, Queue } from '../../shared/ports/queue.js';

export interface QueueFixture {
  readonly queue: Queue<FetchMessage>;
  /**
   * Every message delivered so far, waiting (adapter-specific, bounded) until at least
   * `expected` arrived; resolves with what arrived even if fewer.
   */
  receive(expected: number): Promise<FetchMessage[]>;
  cleanup(): Promise<void>;
}

export interface QueueContractOptions {
  /** When set, the suite is skipped and the reason shows in the test name. */
  readonly skipReason?: string | null;
}

function message(i: number, extra: Partial<FetchMessage> = {}): FetchMessage {
  return { url: `https://news.example.org/culture/${i}`, sourceId: i % 2 === 0 ? 'example-news' : null, correlationId: `corr-${i}`, ...extra };
}

const byCorrelation = (a: FetchMessage, b: FetchMessage) => a.correlationId.localeCompare(b.correlationId);

export function describeQueueContract(name: string, makeQueue: () => Promise<QueueFixture>, options: QueueContractOptions = {}): void {
  const describeOrSkip = options.skipReason ? describe.skip : describe;
  const title = options.skipReason ? `Queue contract: ${name} (skipped: ${options.skipReason})` : `Queue contract: ${name}`;

  describeOrSkip(title, () => {
    let fixture: QueueFixture;

    beforeEach(async () => {
      fixture = await makeQueue();
    });
    afterEach(async () => {
      await fixture.cleanup();
    });

    it('delivers every message sent, with its content intact', async () => {
      const sent = [message(1), message(2), message(3)];
      await fixture.queue.send(sent);
      const received = await fixture.receive(sent.length);
      expect([...received].sort(byCorrelation)).toEqual([...sent].sort(byCorrelation));
    });

    it('delivers each of many messages exactly once (more than one SQS batch of 10)', async () => {
      const sent = Array.from({ length: 25 }, (_, i) => message(i));
      await fixture.queue.send(sent);
      const received = await fixture.receive(sent.length);
      expect(received).toHaveLength(25);
      expect(new Set(received.map((m) => m.correlationId)).size).toBe(25);
      expect([...received].sort(byCorrelation)).toEqual([...sent].sort(byCorrelation));
    });

    it('treats an empty send as a no-op', async () => {
      await fixture.queue.send([]);
      expect(await fixture.receive(0)).toEqual([]);
    });

    it('keeps non-ASCII text, long URLs and nulls as sent', async () => {
      const sent = [
        message(1, { url: 'https://xəbər.example.az/mədəniyyət/Üzeyir-Hacıbəyli?q=musiqi&ş=1' }),
        message(2, { url: `https://news.example.org/${'long-path/'.repeat(150)}end`, sourceId: null }),
        message(3, { correlationId: 'corr-3 "quoted" \u2014 <tag> & emoji \u{1F3AD}' }),
      ];
      await fixture.queue.send(sent);
      const received = await fixture.receive(sent.length);
      expect([...received].sort(byCorrelation)).toEqual([...sent].sort(byCorrelation));
    });

    it('does not let later changes to a sent object alter the message', async () => {
      const original = { ...message(7) };
      await fixture.queue.send([original]);
      (original as { url: string }).url = 'https://changed.example.org/';
      const received = await fixture.receive(1);
      expect(received).toEqual([message(7)]);
    });

    it('delivers the messages of successive sends', async () => {
      await fixture.queue.send([message(1)]);
      await fixture.queue.send([message(2), message(3)]);
      const received = await fixture.receive(3);
      expect(received.map((m) => m.correlationId).sort()).toEqual(['corr-1', 'corr-2', 'corr-3']);
    });
  });
}
