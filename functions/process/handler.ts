/**
 * process: S3 ObjectCreated (raw/<hash>/<time>.html) → read page + sidecar → parse, extract,
 * resolve → DynamoDB. Sidecar (.json) and foreign keys are skipped. Failures throw, so Lambda's
 * async retries and then the process DLQ (on-failure destination) keep the event.
 */
import type { Context, S3Event, S3EventRecord } from 'aws-lambda';
import { rawRefFromS3Key } from '../../shared/adapters/s3/s3-raw-archive.js';
import { processContextFor, processRawPage, type ProcessResult } from '../../shared/pipeline/process-step.js';
import { defaultDeps, type Deps } from '../config.js';
import { resolverOf } from '../resolver.js';
import { sourcesOf } from '../sources.js';

/** What the invocation returns per record (the stored record itself is left out). */
export type RecordOutcome =
  | { readonly key: string; readonly result: Omit<ProcessResult, 'record'> }
  | { readonly key: string; readonly ignored: string }
  | { readonly key: string; readonly error: unknown };

/** Raised after every record was tried, naming the ones that failed. */
export class ProcessBatchError extends Error {
  constructor(readonly failures: readonly { key: string; error: unknown }[]) {
    super(`process failed for ${failures.length} object(s): ${failures.map((f) => `${f.key} (${f.error instanceof Error ? f.error.message : String(f.error)})`).join('; ')}`);
    this.name = 'ProcessBatchError';
  }
}

export function createProcessHandler(deps: Deps) {
  return async (event: S3Event, context?: Context): Promise<RecordOutcome[]> => {
    deps.log.startInvocation(context);
    const outcomes: RecordOutcome[] = [];
    try {
      for (const record of event.Records ?? []) outcomes.push(await handleRecord(deps, record));
    } finally {
      deps.metrics.flush();
    }
    const failures = outcomes.flatMap((outcome) => ('error' in outcome ? [{ key: outcome.key, error: outcome.error }] : []));
    if (failures.length > 0) throw new ProcessBatchError(failures);
    return outcomes;
  };
}

async function handleRecord(deps: Deps, record: S3EventRecord): Promise<RecordOutcome> {
  const rawKey = record.s3?.object?.key ?? '';
  if (!record.eventName?.startsWith('ObjectCreated')) return { key: rawKey, ignored: `event ${record.eventName}` };
  if (deps.config.rawBucket && record.s3.bucket.name !== deps.config.rawBucket) {
    deps.log.warn('event for another bucket ignored', { bucket: record.s3.bucket.name, key: rawKey });
    return { key: rawKey, ignored: 'foreign bucket' };
  }
  const parts = rawRefFromS3Key(rawKey);
  if (!parts) {
    // Sidecars (.json) and anything not written by the archive: nothing to parse.
    deps.log.debug('not a raw page body', { key: rawKey });
    return { key: rawKey, ignored: 'not a raw page body' };
  }
  const log = deps.log.withCorrelation(parts.urlHash);
  try {
    const page = await deps.archive().get(parts.key);
    if (!page) throw new Error(`archived page ${parts.key} or its sidecar is missing`);
    const state = await deps.urlStates().getUrlState(page.url);
    const { resolver, resolverTag } = resolverOf(deps);
    const { record: _stored, ...result } = await processRawPage(
      { store: deps.store(), urlStates: deps.urlStates(), resolver, resolverTag, log, metrics: deps.metrics, clusters: deps.clusters(), health: deps.sourceHealth() },
      page,
      processContextFor(state?.sourceId ?? null, sourcesOf(deps)),
    );
    return { key: parts.key, result };
  } catch (error) {
    log.error('process failed', { key: parts.key, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    deps.metrics.count('Failures', 1, { Reason: 'process-error' });
    return { key: parts.key, error };
  }
}

let lambdaHandler: ReturnType<typeof createProcessHandler> | undefined;

export const handler = (event: S3Event, context?: Context): Promise<RecordOutcome[]> => {
  lambdaHandler ??= createProcessHandler(defaultDeps());
  return lambdaHandler(event, context);
};
