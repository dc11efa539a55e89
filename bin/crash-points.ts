/**
 * Fault-injection hook for the crash tests (tests/e2e/fault-injection.test.ts): with
 * CULTURE_INDEX_CRASH_AT="<before|after>:<operation>:<n>" the process kills itself with SIGKILL
 * the n-th time it reaches that point — e.g. "after:putArticle:17" dies with the 17th article
 * stored but its URL state not yet written. Unset (always, outside tests), nothing is wrapped.
 * Operations are port methods: fetch, put (archive), putArticle, putUrlState, index, clearIndexed.
 */
export const CRASH_OPERATIONS = ['fetch', 'put', 'putArticle', 'putUrlState', 'index', 'clearIndexed'] as const;
export type CrashOperation = (typeof CRASH_OPERATIONS)[number];

interface CrashSpec {
  readonly phase: 'before' | 'after';
  readonly operation: CrashOperation;
  readonly count: number;
}

export function parseCrashSpec(text: string | undefined): CrashSpec | null {
  if (!text) return null;
  const match = /^(before|after):([A-Za-z]+):(\d+)$/.exec(text);
  if (!match || !(CRASH_OPERATIONS as readonly string[]).includes(match[2]!)) {
    throw new Error(`CULTURE_INDEX_CRASH_AT must look like before:putArticle:3 (operations: ${CRASH_OPERATIONS.join(', ')})`);
  }
  return { phase: match[1] as 'before' | 'after', operation: match[2] as CrashOperation, count: Number(match[3]) };
}

/** Counts calls of the watched operation across every object it wraps (one shared counter). */
export class CrashPoints {
  private seen = 0;
  constructor(private readonly spec: CrashSpec) {}

  /** Wraps `target` so that the watched method kills the process at the configured call. */
  wrap<T extends object>(target: T): T {
    const spec = this.spec;
    return new Proxy(target, {
      get: (object, property, receiver) => {
        const value: unknown = Reflect.get(object, property, receiver);
        if (property !== spec.operation || typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          const call = ++this.seen;
          if (spec.phase === 'before' && call === spec.count) die();
          const result: unknown = await (value as (...a: unknown[]) => unknown).apply(object, args);
          if (spec.phase === 'after' && call === spec.count) die();
          return result;
        };
      },
    });
  }
}

function die(): never {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable: SIGKILL');
}

export function crashPointsFromEnv(env: NodeJS.ProcessEnv = process.env): CrashPoints | null {
  const spec = parseCrashSpec(env['CULTURE_INDEX_CRASH_AT']);
  return spec ? new CrashPoints(spec) : null;
}
