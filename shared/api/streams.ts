/**
 * Wraps a stream so `release` runs exactly once when it ends: read to the end, failed, or closed
 * early by its reader (return()), including a reader that closes it before reading anything —
 * which a generator's own `finally` would not see.
 */
export function releasingOnEnd<T>(source: AsyncIterable<T>, release: () => void): AsyncIterable<T> {
  let released = false;
  const once = (): void => {
    if (!released) {
      released = true;
      release();
    }
  };
  const iterator = source[Symbol.asyncIterator]();
  const wrapped: AsyncIterableIterator<T> = {
    async next() {
      try {
        const result = await iterator.next();
        if (result.done) once();
        return result;
      } catch (error) {
        once();
        throw error;
      }
    },
    async return(value?: unknown) {
      try {
        return (await iterator.return?.(value)) ?? { done: true, value: undefined };
      } finally {
        once();
      }
    },
    [Symbol.asyncIterator]() {
      return wrapped;
    },
  };
  return wrapped;
}
