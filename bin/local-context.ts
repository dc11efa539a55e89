/**
 * Composition root of the embedded default: SQLite store + index in one file, raw pages as files,
 * polite HTTP and file fetchers, the entity resolver with the analyst's overrides. Built once per
 * CLI command or server.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FileFetcher, listHtmlFiles } from '../shared/adapters/fs/file-fetcher.js';
import { FsRawArchive } from '../shared/adapters/fs/fs-raw-archive.js';
import { HttpFetcher } from '../shared/adapters/http/http-fetcher.js';
import { RetryingFetcher, type RetryOptions } from '../shared/adapters/http/retrying-fetcher.js';
import { SqliteStore } from '../shared/adapters/sqlite/index.js';
import { sha256Hex } from '../shared/domain/hash.js';
import { createResolver, parseOverrides } from '../shared/domain/resolve/index.js';
import type { EntityResolver } from '../shared/domain/resolve/types.js';
import type { LocalIngestDeps } from '../shared/pipeline/local-ingest.js';
import { crashPointsFromEnv } from './crash-points.js';

export { defaultDataDir } from './paths.js';

export const USER_AGENT = 'culture-index/0.1 (+https://github.com/culture-index/culture-index)';

export interface LocalOptions {
  /** Folder for the database and the raw archive. */
  readonly dataDir: string;
  /** Database file; defaults to <dataDir>/culture-index.db. */
  readonly dbPath?: string;
  /** Entity overrides file (merge/split/rename); defaults to <dataDir>/entity-overrides.json when present. */
  readonly overridesPath?: string;
  readonly allowLoopback?: boolean;
  /** With allowLoopback: only these ports (absent = any; the CLI always passes them). */
  readonly loopbackPorts?: readonly number[];
  /** Lets perHostDelayMs go below the politeness floor (tests, the loopback sample). */
  readonly unsafeNoDelay?: boolean;
  readonly allowPrivate?: boolean;
  readonly perHostDelayMs?: number;
  readonly timeoutMs?: number;
  /** In-run retry settings (tests shorten the waits). */
  readonly retry?: RetryOptions;
}

export interface LocalContext extends LocalIngestDeps {
  readonly db: SqliteStore;
  readonly resolverTag: string;
  readonly dbPath: string;
  /** Loopback ports webhooks may call (the --allow-loopback ports; tests and samples only). */
  readonly webhookLoopbackPorts: readonly number[];
  close(): Promise<void>;
}

export function loadResolver(overridesPath: string | undefined): { resolver: EntityResolver; resolverTag: string } {
  if (!overridesPath || !existsSync(overridesPath)) return { resolver: createResolver(), resolverTag: '' };
  const text = readFileSync(overridesPath, 'utf8');
  const overrides = parseOverrides(JSON.parse(text));
  return { resolver: createResolver(overrides), resolverTag: `overrides.${sha256Hex(text).slice(0, 8)}` };
}

export async function openLocal(options: LocalOptions): Promise<LocalContext> {
  const dbPath = resolve(options.dbPath ?? join(options.dataDir, 'culture-index.db'));
  const db = SqliteStore.open(dbPath);
  const { resolver, resolverTag } = loadResolver(options.overridesPath ?? join(options.dataDir, 'entity-overrides.json'));
  const crash = crashPointsFromEnv();
  const hooked = <T extends object>(target: T): T => (crash ? crash.wrap(target) : target);
  const port = hooked(db);
  // Retries within the run (Retry-After, jittered backoff, per-host circuit breaker).
  const retrying = (fetcher: HttpFetcher): RetryingFetcher => new RetryingFetcher(fetcher, options.retry ?? {});
  return {
    db,
    dbPath,
    store: port,
    urlStates: port,
    index: port,
    outbox: port,
    runs: db.runs,
    clusters: db.clusters,
    health: db.health,
    archive: hooked(new FsRawArchive(join(options.dataDir, 'raw'))),
    httpFetcher: hooked(
      retrying(new HttpFetcher({
        userAgent: USER_AGENT,
        allowLoopback: options.allowLoopback ?? false,
        ...(options.loopbackPorts ? { loopbackPorts: options.loopbackPorts } : {}),
        unsafeNoDelay: options.unsafeNoDelay ?? false,
        allowPrivate: options.allowPrivate ?? false,
        ...(options.perHostDelayMs !== undefined ? { perHostDelayMs: options.perHostDelayMs } : {}),
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      })),
    ),
    fileFetcher: new FileFetcher(),
    listFiles: listHtmlFiles,
    resolver,
    resolverTag,
    webhookLoopbackPorts: options.allowLoopback ? (options.loopbackPorts ?? []) : [],
    close: () => db.close(),
  };
}
