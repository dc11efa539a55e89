/**
 * Issue 11, item 2: a killed ingest is resumed, not restarted. Planning never resets URL states,
 * so `status` is true right after the kill, and the next run fetches only what was not finished.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, runCli } from '../support/cli-bundle.js';
import { startBigSite, type BigSite } from '../support/big-site.js';

let bundle: string;
let site: BigSite;
let dir: string;

beforeAll(async () => {
  bundle = await bundleCli();
  site = await startBigSite({ pages: 40 });
  dir = await mkdtemp(join(tmpdir(), 'ci-resume-'));
});
afterAll(async () => {
  await site?.close();
  await rm(dir, { recursive: true, force: true });
});

const ingestArgs = () => ['--data', dir, 'ingest', site.sitemapUrl, '--allow-loopback', String(new URL(site.origin).port), '--unsafe-no-delay', '--json'];

async function statusOf(): Promise<{ counts: Record<string, number>; urls: { url: string; status: string }[] }> {
  const result = await runCli(bundle, ['--data', dir, 'status', '--json', '--list', 'stored', '--limit', '1000']);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

describe('resuming a killed ingest', () => {
  it('keeps true states after SIGKILL and fetches only unfinished URLs on the next run', { timeout: 180_000 }, async () => {
    const killed = await runCli(bundle, ingestArgs(), { CULTURE_INDEX_CRASH_AT: 'after:putArticle:15' });
    expect(killed.signal).toBe('SIGKILL');

    const afterKill = await statusOf();
    // The 15th article is stored but its URL not yet marked; pages in flight were never finished.
    expect(afterKill.counts['stored']).toBeGreaterThanOrEqual(13);
    expect(afterKill.counts['stored']! + afterKill.counts['pending']!).toBe(40);
    const finished = afterKill.urls.filter((u) => u.status === 'stored').map((u) => new URL(u.url).pathname);
    const before = new Map(finished.map((path) => [path, site.requests(path)]));

    const resumed = await runCli(bundle, ingestArgs());
    expect(resumed.status, resumed.stderr).toBe(0);
    const summary = JSON.parse(resumed.stdout);
    expect(summary.run).toMatchObject({ resumed: true });
    for (const [path, count] of before) expect(site.requests(path), `${path} fetched again`).toBe(count);

    const final = await statusOf();
    // The 15th was stored before the kill: re-read, it is unchanged. Nothing stays pending.
    expect(final.counts).toMatchObject({ pending: 0, skipped: 0, failed: 0 });
    expect(final.counts['stored']! + final.counts['unchanged']!).toBe(40);
    expect(final.counts['unchanged']).toBeGreaterThanOrEqual(1);

    const next = await runCli(bundle, ingestArgs());
    expect(JSON.parse(next.stdout).run).toMatchObject({ resumed: false });
  });
});
