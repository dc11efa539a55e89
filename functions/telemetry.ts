/**
 * Powertools Logger and Metrics behind the project's Logger/Metrics ports: structured JSON logs
 * with the Lambda request id and a per-message correlation id, and CloudWatch EMF counters.
 */
import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import { MetricUnit, Metrics as PowertoolsMetrics } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import type { Logger, Metrics } from '../shared/ports/telemetry.js';

/** A Logger that can be told which invocation it serves and which message it is handling. */
export interface HandlerLogger extends Logger {
  /** Adds the Lambda request id, function name and cold-start flag to every line of this invocation. */
  startInvocation(context: Context | undefined): void;
  /** A logger whose every line carries this correlation id (the journey of one URL or request). */
  withCorrelation(correlationId: string): Logger;
}

/** Metrics that are flushed once at the end of each invocation. */
export interface HandlerMetrics extends Metrics {
  flush(): void;
}

export function powertoolsLogger(serviceName: string): HandlerLogger {
  const logger = new PowertoolsLogger({ serviceName });
  return adaptLogger(logger);
}

function adaptLogger(logger: PowertoolsLogger, correlationId?: string): HandlerLogger {
  return handlerLogger(logger, correlationId, (context) => {
    if (context) logger.addContext(context);
  });
}

/** What handlerLogger writes to: always called with an extras object (Powertools' Logger fits). */
type LogSink = Record<keyof Logger, (message: string, extra: Record<string, unknown>) => void>;

/** Any log sink as a HandlerLogger whose lines carry `correlationId`; `start` runs per invocation. */
function handlerLogger(logger: LogSink, correlationId: string | undefined, start: (context: Context | undefined) => void): HandlerLogger {
  const extras = (extra?: Record<string, unknown>): Record<string, unknown> =>
    correlationId === undefined ? { ...extra } : { correlationId, ...extra };
  return {
    debug: (message, extra) => logger.debug(message, extras(extra)),
    info: (message, extra) => logger.info(message, extras(extra)),
    warn: (message, extra) => logger.warn(message, extras(extra)),
    error: (message, extra) => logger.error(message, extras(extra)),
    startInvocation: start,
    withCorrelation: (id) => handlerLogger(logger, id, start),
  };
}

/**
 * EMF metrics. Counters without dimensions are buffered and published by `flush`; counters
 * with dimensions (Failures by Reason) go out at once as single metrics, so one invocation's
 * different reasons never share a dimension set.
 */
export function powertoolsMetrics(serviceName: string, namespace: string): HandlerMetrics {
  const metrics = new PowertoolsMetrics({ serviceName, namespace });
  return {
    count(name, value = 1, dimensions) {
      if (dimensions && Object.keys(dimensions).length > 0) {
        const single = metrics.singleMetric();
        for (const [key, dimensionValue] of Object.entries(dimensions)) single.addDimension(key, dimensionValue.slice(0, 250) || 'unknown');
        single.addMetric(name, MetricUnit.Count, value);
        return;
      }
      metrics.addMetric(name, MetricUnit.Count, value);
    },
    flush() {
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    },
  };
}

/** A Logger port as a HandlerLogger (tests and local runs inject plain loggers). */
export function asHandlerLogger(logger: Logger, correlationId?: string): HandlerLogger {
  return handlerLogger(logger, correlationId, () => {});
}

export function asHandlerMetrics(metrics: Metrics): HandlerMetrics {
  return { count: (name, value, dimensions) => metrics.count(name, value, dimensions), flush: () => metrics.flush?.() };
}
