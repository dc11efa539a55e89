/**
 * Issue 11 through the CLI as users run it: numeric options validated (exit 2, a clear and short
 * message), the politeness floor, loopback refused unless its port is allowed (exit 4, the flag
 * named), doctor, and one ingest at a time per database.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockPathFor } from '../../bin/ingest-lock.js';
import { bundleCli, runCli } from '../support/cli-bundle.js';
import { startBigSite, type BigSite } from '../support/big-site.js';

let bundle: string;
let site: BigSite;
let dir: string;
let port: string;

beforeAll(async () => {
  bundle = await bundleCli();
  site = await startBigSite({ pages: 3 });
  port = new URL(site.origin).port;
  dir = await mkdtemp(join(tmpdir(), 'ci-ingest-cli-'));
});
afterAll(async () => {
  await site?.close();
  await rm(dir, { recursive: true, force: true });
});

const cli = (...args: string[]) => runCli(bundle, ['--data', dir, ...args]);

describe('ingest options are validated', () => {
  it.each([
    [['ingest', 'x', '--delay', 'abc'], /--delay.*"abc"/],
    [['ingest', 'x', '--delay', '-5'], /--delay/],
    [['ingest', 'x', '--delay', '1.5'], /--delay/],
    [['ingest', 'x', '--delay', '100'], /--unsafe-no-delay/],
    [['ingest', 'x', '--timeout', '5x'], /--timeout/],
    [['ingest', 'x', '--allow-loopback', 'abc'], /--allow-loopback/],
    [['ingest', 'x', '--allow-loopback', '70000'], /--allow-loopback/],
    [['status', '--limit', '0'], /--limit/],
    [['serve', '--port', '70000'], /--port/],
  ])('%j exits 2 with a message naming the option', async (args, message) => {
    const result = await cli(...args);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('quotes at most ~200 characters of a huge bad value', async () => {
    const result = await cli('ingest', 'x', '--delay', '9'.repeat(100) + 'x'.repeat(8000));
    expect(result.status).toBe(2);
    expect(result.stderr).not.toMatch(/x{201}/);
    expect(result.stderr).toMatch(/8100 characters/);
  });
});

describe('loopback is refused unless its port is allowed', () => {
  it('exits 4 and names the flag when no port is allowed, or another one is', async () => {
    for (const extra of [[], ['--allow-loopback', String(Number(port) === 65535 ? 1 : Number(port) + 1)]]) {
      const result = await cli('ingest', site.pageUrls[0]!, '--unsafe-no-delay', ...extra);
      expect(result.status, result.stderr).toBe(4);
      expect(result.stderr).toContain(`--allow-loopback ${port}`);
    }
    const allowed = await cli('ingest', site.pageUrls[0]!, '--unsafe-no-delay', '--allow-loopback', port);
    expect(allowed.status, allowed.stderr).toBe(0);
  });
});

describe('doctor and the ingest lock', () => {
  it('doctor finds no drift after an ingest; a live lock holder stops a second ingest, a dead one does not', async () => {
    const ingest = await cli('ingest', site.sitemapUrl, '--allow-loopback', port, '--unsafe-no-delay');
    expect(ingest.status, ingest.stderr).toBe(0);
    const doctor = await cli('doctor', '--check-only', '--json');
    expect(doctor.status, doctor.stderr).toBe(0);
    expect(JSON.parse(doctor.stdout)).toMatchObject({ articles: 3, documents: 3, missingCount: 0, orphanCount: 0, outboxPending: 0, integrity: 'ok' });

    const lock = lockPathFor(join(dir, 'culture-index.db'));
    await writeFile(lock, JSON.stringify({ pid: process.pid, since: new Date().toISOString(), command: 'a test holding the lock' }));
    const blocked = await cli('ingest', site.sitemapUrl, '--allow-loopback', port, '--unsafe-no-delay');
    expect(blocked.status).toBe(1);
    expect(blocked.stderr).toMatch(/another ingest is running.*a test holding the lock/);

    await writeFile(lock, JSON.stringify({ pid: 2 ** 22 + 12345, since: new Date().toISOString(), command: 'a dead process' }));
    const taken = await cli('ingest', site.sitemapUrl, '--allow-loopback', port, '--unsafe-no-delay');
    expect(taken.status, taken.stderr).toBe(0);
  });

  it('ingests a single HTML file named on the command line (not only folders)', async () => {
    const single = await mkdtemp(join(tmpdir(), 'ci-ingest-one-'));
    try {
      await writeFile(join(single, 'page.html'), '<html lang="en"><head><title>Dubbing panel</title></head><body><article><h1>Dubbing panel</h1>'
        + '<p>The film agency held a panel on dubbing at the theatre on Monday, with actors and translators.</p>'.repeat(4) + '</article></body></html>');
      const result = await runCli(bundle, ['--data', single, 'ingest', join(single, 'page.html')]);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout + result.stderr).toMatch(/stored 1\b/);
      expect(result.stdout + result.stderr).not.toMatch(/ENOTDIR/);
    } finally {
      await rm(single, { recursive: true, force: true });
    }
  });
});

