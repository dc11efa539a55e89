/**
 * Issue 11, item 8: `serve --ingest-every --sources` ingests the catalogue inside the server, one
 * run at a time: a CLI ingest during a scheduled run is refused by the lock file; the lock of a
 * killed server does not block the next ingest; each run is reported at /ingest/runs and in
 * `status`. Also item 7: an oversized request line gets the documented JSON 400, not a bare 431.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, runCli } from '../support/cli-bundle.js';
import { startBigSite, type BigSite } from '../support/big-site.js';

let bundle: string;
let site: BigSite;
let dir: string;
let catalogue: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  bundle = await bundleCli();
  site = await startBigSite({ pages: 12 });
  dir = await mkdtemp(join(tmpdir(), 'ci-schedule-'));
  catalogue = join(dir, 'sources.json');
  await writeFile(catalogue, JSON.stringify({ sources: [{ id: 'big', name: 'Big site', site: site.origin, language: 'en', feeds: [site.feedUrl], sitemaps: [], verified: true }] }));
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await site?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Starts `serve` with a schedule; resolves with its URL once it listens. */
function startServe(): Promise<{ child: ChildProcess; url: string }> {
  const port = new URL(site.origin).port;
  // A 400 ms per-host delay makes a run of 12 pages last ~5 s: long enough to collide with.
  const child = spawn(process.execPath, [bundle, '--data', dir, 'serve', '--port', '0', '--ingest-every', '1h', '--sources', catalogue, '--allow-loopback', port, '--delay', '400'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /serving (http:\/\/\S+)/.exec(out);
      if (match) resolve({ child, url: match[1]! });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

async function runs(url: string): Promise<{ running: boolean; runs: { finishedAt: string | null; trigger: string; counts: Record<string, number> | null }[] }> {
  return (await fetch(`${url}/ingest/runs`)).json() as never;
}

async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('scheduled ingestion inside serve', () => {
  it('runs the catalogue, refuses a concurrent CLI ingest, reports runs, and a killed holder leaves no lock', { timeout: 180_000 }, async () => {
    const first = await startServe();
    const during = await until(() => runs(first.url), (r) => r.running);
    expect(during.running).toBe(true);
    const blocked = await runCli(bundle, ['--data', dir, 'ingest', site.feedUrl, '--allow-loopback', new URL(site.origin).port, '--unsafe-no-delay']);
    expect(blocked.status).toBe(1);
    expect(blocked.stderr).toMatch(/another ingest is running.*serve --ingest-every/);

    const after = await until(() => runs(first.url), (r) => !r.running && r.runs[0]?.finishedAt != null);
    expect(after.runs[0]).toMatchObject({ trigger: 'schedule', counts: { stored: 12, unchanged: 0, skipped: 0, failed: 0 } });

    const huge = await fetch(`${first.url}/search?q=${'a'.repeat(100_000)}`);
    expect(huge.status).toBe(400);
    expect(await huge.json()).toMatchObject({ error: { code: 'bad_request' } });
    first.child.kill('SIGTERM');

    // A server killed in the middle of a run leaves its lock behind; nothing stays blocked.
    const second = await startServe();
    await until(() => runs(second.url), (r) => r.running);
    second.child.kill('SIGKILL');
    await new Promise((resolve) => second.child.once('exit', resolve));
    const resumed = await runCli(bundle, ['--data', dir, 'ingest', site.feedUrl, '--allow-loopback', new URL(site.origin).port, '--unsafe-no-delay', '--json']);
    expect(resumed.status, resumed.stderr).toBe(0);

    const status = await runCli(bundle, ['--data', dir, 'status']);
    expect(status.stdout).toMatch(/run #1 \(schedule\) started .*, finished .*: stored 12/);
  });
});
