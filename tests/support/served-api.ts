/**
 * The API fixture (tests/unit/api/corpus.ts) behind a real loopback server with the web page,
 * started before a test file's tests and stopped after them.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from '../../shared/api/node-server.js';
import type { Api } from '../../shared/api/api.js';
import { openApiFixture, type ApiFixture } from '../unit/api/corpus.js';

const WEB_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface ServedApi {
  /** Base URL of the running server, e.g. http://127.0.0.1:40123. */
  readonly url: string;
}

/** `apiOf` may add data to the fixture and build the API with more of its parts (default: the fixture's API). */
export function serveApiFixture(apiOf: (fixture: ApiFixture) => Promise<Api> = async (fixture) => fixture.api): ServedApi {
  let fixture: ApiFixture | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    fixture = await openApiFixture();
    server = await startServer({ api: await apiOf(fixture), port: 0, webDir: WEB_DIR });
  });
  afterAll(async () => {
    await server?.close();
    await fixture?.cleanup();
  });
  return {
    get url(): string {
      if (server === undefined) throw new Error('the API server is not running (used outside a test?)');
      return server.url;
    },
  };
}
