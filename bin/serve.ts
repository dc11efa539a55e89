/** Serving the API and the search page over a local context, until Ctrl+C (shared by `serve` and `npm start`). */
import { join } from 'node:path';
import { createApi } from '../shared/api/api.js';
import { startServer, type RunningServer } from '../shared/api/node-server.js';
import type { Source } from '../shared/domain/model.js';
import type { LocalContext } from './local-context.js';
import { ensureApiToken } from './api-token.js';
import { projectRoot } from './paths.js';
import { startIngestSchedule, type RunningSchedule } from './scheduler.js';

// The built workspace (scripts/build-web.mjs; `npm ci` and `npm start` build it).
const WEB_DIR = join(projectRoot(), 'web', 'dist');

export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  /** Ingest these sources now and then every `everyMs` inside the server. */
  readonly schedule?: { readonly everyMs: number; readonly sources: readonly Source[] };
  /** The catalogue /sources lists (default: the scheduled sources, else none). */
  readonly catalogue?: readonly Source[];
  /** The data folder, where the write token lives. */
  readonly dataDir: string;
}

export async function serveUntilStopped(ctx: LocalContext, options: ServeOptions): Promise<RunningServer> {
  const { token, path, created } = ensureApiToken(options.dataDir);
  console.log(`write token (${created ? 'created' : 'from'} ${path}): ${token}\n  saved searches: curl -H "Authorization: Bearer <token>" -H "content-type: application/json" -d '{"name":"…","query":"…"}' …/saved-searches`);
  const api = createApi({
    store: ctx.store,
    index: ctx.index,
    urlStates: ctx.urlStates,
    raw: ctx.archive,
    sources: options.catalogue ?? options.schedule?.sources ?? [],
    savedSearches: ctx.db.savedSearches,
    writeToken: token,
    webhookLoopbackPorts: ctx.webhookLoopbackPorts,
    clusters: ctx.db.clusters,
    sourceHealth: ctx.db.health,
  });
  let schedule: RunningSchedule | null = null;
  const server = await startServer({
    api,
    port: options.port,
    host: options.host,
    webDir: WEB_DIR,
    extraRoutes: {
      // The ingest runs of this database (scheduled or not), newest first.
      '/ingest/runs': async () => (schedule ? schedule.report() : { everyMs: null, running: false, nextRunAt: null, lastSkip: null, runs: await ctx.db.runs.listRuns(20) }),
    },
  });
  if (options.schedule) schedule = startIngestSchedule(ctx, options.schedule);
  const stop = async (): Promise<void> => {
    schedule?.stop();
    await server.close();
    await ctx.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return server;
}
