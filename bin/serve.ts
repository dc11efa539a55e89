/** Serving the API and the search page over a local context, until Ctrl+C (shared by `serve` and `npm start`). */
import { join } from 'node:path';
import { createApi } from '../shared/api/api.js';
import { startServer, type RunningServer } from '../shared/api/node-server.js';
import type { LocalContext } from './local-context.js';
import { projectRoot } from './paths.js';

const WEB_DIR = join(projectRoot(), 'web');

export async function serveUntilStopped(ctx: LocalContext, options: { port: number; host: string }): Promise<RunningServer> {
  const api = createApi({ store: ctx.store, index: ctx.index, urlStates: ctx.urlStates });
  const server = await startServer({ api, port: options.port, host: options.host, webDir: WEB_DIR });
  const stop = async (): Promise<void> => {
    await server.close();
    await ctx.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return server;
}
