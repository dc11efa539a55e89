/**
 * Issue 11, item 7: a site's home page given as a target stands for the site — its feeds linked
 * with <link rel=alternate> and the sitemaps listed in its robots.txt are followed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLocal } from '../../bin/local-context.js';
import { ingestLocal } from '../../shared/pipeline/local-ingest.js';
import { startBigSite, type BigSite } from '../support/big-site.js';

let site: BigSite | null = null;
let dir: string | null = null;

afterEach(async () => {
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  site = null;
  dir = null;
});

async function ingestHome(options: { homeFeedLink: boolean; robotsSitemap: boolean }): Promise<string[]> {
  site = await startBigSite({ pages: 6, ...options });
  dir = await mkdtemp(join(tmpdir(), 'ci-site-discovery-'));
  const ctx = await openLocal({ dataDir: dir, allowLoopback: true, loopbackPorts: [Number(new URL(site.origin).port)], perHostDelayMs: 0, unsafeNoDelay: true });
  try {
    const summary = await ingestLocal(ctx, { targets: [`${site.origin}/`] });
    return summary.results.filter((r) => r.status === 'stored').map((r) => r.url).sort();
  } finally {
    await ctx.close();
  }
}

describe('discovery from a home page', () => {
  it('follows the feed linked with <link rel=alternate>', async () => {
    const stored = await ingestHome({ homeFeedLink: true, robotsSitemap: false });
    expect(stored).toEqual([...site!.pageUrls].sort());
    expect(site!.requests('/feed.xml')).toBe(1);
  });

  it('follows the Sitemap: lines of robots.txt', async () => {
    const stored = await ingestHome({ homeFeedLink: false, robotsSitemap: true });
    expect(stored).toEqual([...site!.pageUrls].sort());
    expect(site!.requests('/sitemap.xml')).toBe(1);
  });
});
