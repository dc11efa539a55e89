/**
 * Politeness: one request at a time per host, with a pause between the end of one and the start
 * of the next. A promise chain per host; different hosts proceed in parallel.
 */
export class HostQueue {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly lastFinished = new Map<string, number>();

  run<T>(host: string, delayMs: number, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(host) ?? Promise.resolve();
    const result = previous.then(async () => {
      const last = this.lastFinished.get(host);
      const wait = last === undefined ? 0 : last + delayMs - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      try {
        return await task();
      } finally {
        this.lastFinished.set(host, Date.now());
      }
    });
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(host, tail);
    // Drop finished chains so the map does not grow with every host ever seen.
    void tail.then(() => {
      if (this.tails.get(host) === tail) this.tails.delete(host);
    });
    return result;
  }
}
