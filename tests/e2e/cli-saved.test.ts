/** `culture-index saved …` as users run it: add (validated), list, show, run, rm, with exit codes. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, runCli } from '../support/cli-bundle.js';

const EARLIER = fileURLToPath(new URL('../support/fixture-site/news/', import.meta.url));
const LATER = fileURLToPath(new URL('../fixtures/alerts-second-batch/news/', import.meta.url));
let bundle: string;
let dir: string;

beforeAll(async () => {
  bundle = await bundleCli();
  dir = await mkdtemp(join(tmpdir(), 'ci-cli-saved-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const cli = (...args: string[]) => runCli(bundle, ['--data', dir, ...args]);

describe('culture-index saved', () => {
  it('needs a database first', async () => {
    const result = await cli('saved', 'list');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no (data folder|database)/);
  });

  it('adds, lists, runs after an ingest, shows and removes', async () => {
    // (Folders: `ingest <file>` of a single file fails with ENOTDIR on this branch's base.)
    expect((await cli('ingest', EARLIER)).status).toBe(0);
    const bad = await cli('saved', 'add', 'Broken', 'opera AND (ballet');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/error \(400\)/);
    const refused = await cli('saved', 'add', 'Hook', 'opera', '--webhook', 'https://10.0.0.1/hook', '--secret', 'sixteen-characters');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('forbidden-address');

    const added = await cli('--json', 'saved', 'add', 'Carpets', 'carpet', '--lang', 'en', '--owner', 'museum-desk');
    expect(added.status, added.stderr).toBe(0);
    const { id } = JSON.parse(added.stdout) as { id: string };
    expect((await cli('saved', 'list')).stdout).toContain(`${id}  Carpets  q="carpet"`);

    // Pages stored after the search was saved are news; the earlier carpet story is not.
    expect((await cli('ingest', LATER)).stderr).toContain(`alerts: "Carpets" (${id}) 1 new`);
    const run = await cli('saved', 'run');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('nothing new');
    const shown = await cli('saved', 'show', id);
    expect(shown.stdout).toContain('Carpet museum shows woven maps of old caravan roads');

    expect((await cli('saved', 'rm', id)).stdout).toContain('deleted');
    expect((await cli('saved', 'rm', id)).status).toBe(3);
    expect((await cli('saved', 'run', id)).status).toBe(3);
  });
});
