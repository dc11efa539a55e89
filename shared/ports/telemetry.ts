/** Structured logging; Powertools' Logger satisfies this shape, so does a console adapter. */
export interface Logger {
  debug(message: string, extra?: Record<string, unknown>): void;
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

/** Counters (CloudWatch EMF on AWS, in-memory tallies locally). */
export interface Metrics {
  count(name: string, value?: number, dimensions?: Record<string, string>): void;
  flush?(): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
export const noMetrics: Metrics = { count() {} };
