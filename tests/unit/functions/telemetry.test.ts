import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { powertoolsLogger, powertoolsMetrics } from '../../../functions/telemetry.js';
import { lambdaContext } from './lambda-events.js';

/** Powertools writes one JSON document per line (stdout, warnings and errors to stderr). */
function captureStdout(): { lines(): Record<string, unknown>[]; restore(): void } {
  const chunks: string[] = [];
  const record = (chunk: string | Uint8Array): boolean => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  const spies = [vi.spyOn(process.stdout, 'write').mockImplementation(record), vi.spyOn(process.stderr, 'write').mockImplementation(record)];
  return {
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((line) => line.trim().startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    restore: () => spies.forEach((spy) => spy.mockRestore()),
  };
}

describe('Powertools telemetry adapters', () => {
  let stdout: ReturnType<typeof captureStdout>;
  const saved = { ...process.env };

  beforeEach(() => {
    // Powertools reads these at construction; make the output deterministic and JSON on stdout.
    delete process.env['POWERTOOLS_DEV'];
    delete process.env['POWERTOOLS_METRICS_DISABLED'];
    process.env['POWERTOOLS_LOG_LEVEL'] = 'DEBUG';
    stdout = captureStdout();
  });

  afterEach(() => {
    stdout.restore();
    process.env = { ...saved };
  });

  it('logs structured JSON with the service, the Lambda request id and the correlation id', () => {
    const logger = powertoolsLogger('culture-index');
    const context = lambdaContext('fetch');
    logger.startInvocation(context);
    logger.withCorrelation('corr-1').info('fetched', { url: 'https://a.example/x' });
    logger.warn('plain line');

    const [fetched, plain] = stdout.lines();
    expect(fetched).toMatchObject({
      level: 'INFO',
      message: 'fetched',
      service: 'culture-index',
      function_request_id: context.awsRequestId,
      correlationId: 'corr-1',
      url: 'https://a.example/x',
    });
    expect(plain).toMatchObject({ level: 'WARN', message: 'plain line' });
    expect(plain).not.toHaveProperty('correlationId');
  });

  it('emits CloudWatch EMF: plain counters on flush, counters with a Reason at once', () => {
    const metrics = powertoolsMetrics('culture-index', 'CultureIndex');
    metrics.count('ArticlesFetched');
    metrics.count('ArticlesFetched');
    metrics.count('Failures', 1, { Reason: 'http-404' });
    const immediate = stdout.lines();
    expect(immediate).toHaveLength(1);
    expect(immediate[0]).toMatchObject({ service: 'culture-index', Reason: 'http-404', Failures: 1 });
    const directive = (immediate[0]!['_aws'] as { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string; Unit: string }[] }[] }).CloudWatchMetrics[0]!;
    expect(directive.Namespace).toBe('CultureIndex');
    expect(directive.Dimensions[0]).toEqual(expect.arrayContaining(['service', 'Reason']));
    expect(directive.Metrics).toEqual([{ Name: 'Failures', Unit: 'Count' }]);

    metrics.flush();
    const flushed = stdout.lines().slice(1);
    expect(flushed).toHaveLength(1);
    // Powertools keeps repeated values of one metric as a list; CloudWatch sums them.
    expect(flushed[0]!['ArticlesFetched']).toEqual([1, 1]);

    metrics.flush(); // nothing stored: no empty EMF document
    expect(stdout.lines()).toHaveLength(2);
  });
});
