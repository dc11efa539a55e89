/**
 * The two local servers eval:web measures, each as `npm start` serves it (bin/serve.ts): the
 * bundled sample, ingested through the real fetch path into a throwaway folder, and the bench's
 * generated corpus (see generated-index.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openLocal, type LocalContext } from '../../bin/local-context.js';
import { sampleCatalogue, startSampleSite } from '../../bin/sample-site.js';
import { serveUntilStopped } from '../../bin/serve.js';
import { parseSourcesCatalogue } from '../../shared/domain/sources.js';
import { ingestLocal } from '../../shared/pipeline/local-ingest.js';

export interface ServedIndex {
  readonly origin: string;
  close(): Promise<void>;
}

async function serve(ctx: LocalContext, dataDir: string, catalogue: Parameters<typeof serveUntilStopped>[1]['catalogue'], cleanup: () => Promise<void>): Promise<ServedIndex> {
  const server = await serveUntilStopped(ctx, { port: 0, host: '127.0.0.1', dataDir, ...(catalogue ? { catalogue } : {}) });
  return {
    origin: server.url,
    async close() {
      await server.close();
      await ctx.close();
      await cleanup();
    },
  };
}

export async function serveSample(): Promise<ServedIndex> {
  const site = await startSampleSite(0);
  const dataDir = await mkdtemp(join(tmpdir(), 'culture-index-eval-web-sample-'));
  const port = Number(new URL(site.origin).port);
  const ctx = await openLocal({ dataDir, allowLoopback: true, loopbackPorts: [port], perHostDelayMs: 20, unsafeNoDelay: true });
  const sources = parseSourcesCatalogue(await sampleCatalogue(site.origin));
  try {
    await ingestLocal(ctx, { sources });
  } finally {
    await site.close();
  }
  return serve(ctx, dataDir, sources, () => rm(dataDir, { recursive: true, force: true }));
}

export async function serveDatabase(dbPath: string): Promise<ServedIndex> {
  const ctx = await openLocal({ dataDir: dirname(dbPath), dbPath });
  return serve(ctx, dirname(dbPath), undefined, async () => {});
}
