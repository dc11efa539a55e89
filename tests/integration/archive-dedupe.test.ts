/**
 * Issue 11, item 6: re-ingesting a site whose pages did not change (and that sends no validators,
 * so every page comes back 200) adds no file to the raw archive, and reports the pages unchanged.
 */
import { readdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocal } from '../../bin/local-context.js';
import { sampleCatalogue, startSampleSite, type SampleSite } from '../../bin/sample-site.js';
import { parseSourcesCatalogue } from '../../shared/domain/sources.js';
import { ingestLocal } from '../../shared/pipeline/local-ingest.js';

let site: SampleSite;
let dir: string;

beforeAll(async () => {
  site = await startSampleSite(0);
  dir = await mkdtemp(join(tmpdir(), 'ci-dedupe-'));
});
afterAll(async () => {
  await site?.close();
  await rm(dir, { recursive: true, force: true });
});

async function archivedFiles(): Promise<number> {
  const entries = await readdir(join(dir, 'raw'), { recursive: true });
  return entries.filter((name) => String(name).endsWith('.body')).length;
}

describe('raw archive across runs', () => {
  it('keeps one copy per content: a second run over unchanged pages writes no file', async () => {
    const sources = parseSourcesCatalogue(await sampleCatalogue(site.origin));
    const port = Number(new URL(site.origin).port);
    const ctx = await openLocal({ dataDir: dir, allowLoopback: true, loopbackPorts: [port], perHostDelayMs: 0, unsafeNoDelay: true });
    try {
      const first = await ingestLocal(ctx, { sources });
      expect(first.counts.stored).toBeGreaterThan(0);
      const files = await archivedFiles();
      const second = await ingestLocal(ctx, { sources });
      expect(await archivedFiles()).toBe(files);
      expect(second.counts.stored).toBe(0);
      expect(second.results.filter((r) => r.status === 'unchanged' && r.reason === 'same-content').length).toBe(first.counts.stored);
    } finally {
      await ctx.close();
    }
  });
});
