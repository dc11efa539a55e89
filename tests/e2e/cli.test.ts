/** The CLI as a user runs it: a real process, stdin/stdout, exit codes. */
import { fileURLToPath } from 'node:url';
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCatalogue, startSampleSite } from '../../bin/sample-site.js';

const BIN = fileURLToPath(new URL('../../bin/culture-index.js', import.meta.url));
let dir: string;

/** Like run, but without blocking the event loop (for tests that serve pages to the CLI in-process). */
function runAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, '--data', dir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function run(args: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, '--data', dir, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ci-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('culture-index CLI', () => {
  it('parse --format jsonl turns HTML lines into article lines and reports a bad line without stopping', () => {
    const good = { id: 'a1', url: 'https://example.org/a', html: '<html lang="en"><head><title>Opera night</title></head><body><article><p>' + 'The Azerbaijan State Opera staged a new production of the opera Koroglu on Friday evening. '.repeat(4) + '</p></article></body></html>' };
    const input = `${JSON.stringify(good)}\nnot json\n${JSON.stringify({ id: 'b2' })}\n${JSON.stringify({ ...good, id: 'c3' })}\n`;
    const { status, stdout, stderr } = run(['parse', '--format', 'jsonl'], input);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a1', 'c3']);
    expect(lines[0]).toMatchObject({ language: 'en' });
    expect(lines[0].text).toContain('Koroglu');
    expect(Object.keys(lines[0]).sort()).toEqual(['authors', 'id', 'language', 'publishedAt', 'text', 'title']);
    const errors = stderr.trim().split('\n').map((line) => JSON.parse(line));
    expect(errors.map((e) => e.id)).toEqual([null, 'b2']);
    expect(status).toBe(2);
  });

  it('extract --format jsonl returns typed entities with role and affiliation', () => {
    const text = 'Leyla Aliyeva, Director of the Azerbaijan National Carpet Museum, opened the exhibition in Baku.';
    const { status, stdout } = run(['extract', '--format', 'jsonl'], `${JSON.stringify({ id: 'x', text })}\n`);
    expect(status).toBe(0);
    const [line] = stdout.trim().split('\n').map((l) => JSON.parse(l));
    const person = line.entities.find((e: { name: string }) => e.name === 'Leyla Aliyeva');
    expect(person).toMatchObject({ type: 'person', affiliation: 'Azerbaijan National Carpet Museum' });
    expect(line.entities.some((e: { type: string; name: string }) => e.type === 'organisation' && e.name === 'Azerbaijan National Carpet Museum')).toBe(true);
    // English texts carry no "en"; Azerbaijani and Russian ones do, where it can be known.
    expect(line.entities.every((e: { en?: string }) => e.en === undefined)).toBe(true);
    const az = run(['extract', '--format', 'jsonl'], `${JSON.stringify({ id: 'y', text: 'Mədəniyyət Nazirliyinin əməkdaşı Leyla Əliyeva sərgini açıb.' })}\n`);
    const azLine = JSON.parse(az.stdout.trim());
    expect(azLine.entities).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'person', name: 'Leyla Əliyeva', en: 'Leyla Aliyeva' }),
      expect.objectContaining({ type: 'organisation', en: 'Ministry of Culture' }),
    ]));
  });

  it('ingests a folder of HTML files, then search, entities, entity and status work with --json', async () => {
    const folder = join(dir, 'pages');
    await mkdir(folder, { recursive: true });
    const body = 'Sabina Karimova, an employee of the Azerbaijan Film Agency, presented the dubbing programme of the agency at the Nizami Cinema Center. '.repeat(3);
    await writeFile(join(folder, 'one.html'), `<html lang="en"><head><title>Dubbing programme presented</title><meta property="article:published_time" content="2026-02-03T10:00:00+04:00"></head><body><article><p>${body}</p></article></body></html>`);
    await writeFile(join(folder, 'notes.html'), '<html><body><p>tiny</p></body></html>');
    const ingest = run(['ingest', folder, '--json']);
    expect(ingest.status).toBe(0);
    const summary = JSON.parse(ingest.stdout);
    expect(summary.counts).toMatchObject({ stored: 1, skipped: 1, failed: 0 });

    const search = run(['search', 'dubbing', '--json']);
    expect(search.status).toBe(0);
    expect(JSON.parse(search.stdout).hits[0].title).toBe('Dubbing programme presented');
    expect(run(['search', 'dubbing']).stdout.split('\n')[0]).toBe('1 article');

    const entities = JSON.parse(run(['entities', '--type', 'person', '--json']).stdout);
    expect(entities.items.map((e: { name: string }) => e.name)).toContain('Sabina Karimova');
    const firstPage = run(['entities', '--limit', '1']).stdout;
    const more = /more: --cursor (\S+)/.exec(firstPage);
    expect(more).not.toBeNull();
    const secondPage = run(['entities', '--limit', '1', '--cursor', more![1]!]);
    expect(secondPage.status).toBe(0);
    expect(secondPage.stdout.split('\n')[0]).toBe(firstPage.split('\n')[0]);
    expect(run(['entities', '--limit', '1', '--type', 'place', '--cursor', more![1]!]).status).toBe(2);

    const entity = run(['entity', 'Sabina Karimova']);
    expect(entity.status).toBe(0);
    expect(entity.stdout).toContain('Azerbaijan Film Agency');

    const status = JSON.parse(run(['status', '--json']).stdout);
    expect(status.counts).toMatchObject({ stored: 1, skipped: 1, pending: 0 });
  });

  it('ingests a sources catalogue and marks verified only the sources whose feeds and sitemaps answered', async () => {
    const site = await startSampleSite(0);
    try {
      const catalogue = (await sampleCatalogue(site.origin)) as { sources: Record<string, unknown>[] };
      const two: Record<string, unknown>[] = catalogue.sources.slice(0, 2).map((source) => ({ ...source, verified: false }));
      const broken = { ...two[1], id: 'broken', feeds: [`${site.origin}/no-such-feed.xml`] };
      const file = join(dir, 'catalogue.json');
      await writeFile(file, JSON.stringify({ sources: [...two, broken] }));
      const result = await runAsync(['ingest', '--sources', file, '--allow-loopback', new URL(site.origin).port, '--unsafe-no-delay', '--mark-verified', '--json']);
      expect(result.status).toBe(0);
      const written = JSON.parse(await readFile(file, 'utf8'));
      expect(written.sources.map((s: { id: string; verified: boolean }) => [s.id, s.verified])).toEqual([
        [two[0]?.['id'], true],
        [two[1]?.['id'], true],
        ['broken', false],
      ]);
    } finally {
      await site.close();
    }
  });

  it('refuses a --data or --db path that does not exist, except for ingest, and creates nothing there', async () => {
    const missing = join(dir, 'no-such-folder');
    for (const args of [['search', 'x'], ['entities'], ['status'], ['entity', 'x'], ['reprocess']]) {
      const result = spawnSync(process.execPath, [BIN, '--data', missing, ...args], { encoding: 'utf8' });
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(missing);
    }
    const missingDb = spawnSync(process.execPath, [BIN, '--data', dir, '--db', join(dir, 'other.db'), 'search', 'x'], { encoding: 'utf8' });
    expect(missingDb.status).toBe(2);
    expect(missingDb.stderr).toContain('other.db');
    await expect(readFile(join(dir, 'other.db'))).rejects.toThrow();
    await expect(readFile(join(missing, 'culture-index.db'))).rejects.toThrow();
  });

  it('prints its version and help without touching any database', async () => {
    const manifest = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    for (const flag of ['--version', '-V']) {
      const result = spawnSync(process.execPath, [BIN, flag], { encoding: 'utf8' });
      expect(result.status).toBe(0);
      expect(result.stdout.trim()).toBe(manifest.version);
    }
    const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--version');
    expect(help.stdout).toContain('search');
  });

  it('ends quietly when its reader stops early (piped into head)', async () => {
    const html = '<html lang="en"><head><title>Opera night</title></head><body><article><p>' + 'The Azerbaijan State Opera staged a new production on Friday evening in Baku. '.repeat(5) + '</p></article></body></html>';
    const input = join(dir, 'many.jsonl');
    await writeFile(input, Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `p${i}`, html })).join('\n'));
    const shell = `"${process.execPath}" "${BIN}" parse --format jsonl < "${input}" | head -c 100 > /dev/null; echo "cli-exit=\${PIPESTATUS[0]}" >&2`;
    const result = spawnSync('bash', ['-c', shell], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toContain('cli-exit=0');
    expect(result.stderr).not.toMatch(/EPIPE|Error|at /);
  });

  it('uses distinct exit codes for bad input and unknown entities', () => {
    expect(run(['search', 'x', '--from', 'yesterday']).status).toBe(2);
    expect(run(['entity', 'Nobody Known Here']).status).toBe(3);
    expect(run(['ingest']).status).toBe(2);
    expect(run(['no-such-command']).status).toBe(2);
  });
});

describe('culture-index search paging', () => {
  let data: string;
  const SAMPLE_SITE = fileURLToPath(new URL('../../sample/site', import.meta.url));
  const search = (args: string[]) => spawnSync(process.execPath, [BIN, '--data', data, 'search', ...args], { encoding: 'utf8', timeout: 60_000 });

  beforeAll(async () => {
    data = await mkdtemp(join(tmpdir(), 'ci-cli-paging-'));
    const ingest = spawnSync(process.execPath, [BIN, '--data', data, 'ingest', SAMPLE_SITE, '--json'], { encoding: 'utf8', timeout: 60_000 });
    expect(JSON.parse(ingest.stdout).counts.stored).toBeGreaterThan(5);
  });
  afterAll(async () => {
    await rm(data, { recursive: true, force: true });
  });

  it('--cursor continues where a page ended and --all follows the cursor to the last article', () => {
    const everything = JSON.parse(search(['', '--limit', '100', '--json']).stdout);
    expect(everything.nextCursor).toBeNull();
    const ids: string[] = everything.hits.map((hit: { id: string }) => hit.id);
    expect(ids.length).toBe(everything.total);

    const first = JSON.parse(search(['', '--limit', '3', '--json']).stdout);
    expect(first.hits).toHaveLength(3);
    const second = JSON.parse(search(['', '--limit', '3', '--cursor', first.nextCursor, '--json']).stdout);
    expect([...first.hits, ...second.hits].map((hit: { id: string }) => hit.id)).toEqual(ids.slice(0, 6));

    const all = JSON.parse(search(['', '--limit', '3', '--all', '--json']).stdout);
    expect(all.hits.map((hit: { id: string }) => hit.id)).toEqual(ids);
    expect(all.total).toBe(ids.length);

    const human = search(['', '--limit', '4', '--all']);
    expect(human.status).toBe(0);
    expect(human.stdout.split('\n')[0]).toBe(`${ids.length} articles`);
    for (const hit of everything.hits) expect(human.stdout).toContain(hit.title);
    expect(human.stdout).not.toContain('--cursor');
  });

  it('a page that is not the last says how to get the next one', () => {
    const page = search(['', '--limit', '2']);
    const cursor = JSON.parse(search(['', '--limit', '2', '--json']).stdout).nextCursor;
    expect(page.stdout).toContain(`--cursor ${cursor}`);
  });

  it('names files by their rel=canonical URL and the bundled catalogue, keeps the file path recorded, and filters by --collection', () => {
    const dubbing = JSON.parse(search(['dubbing contest', '--json']).stdout).hits[0];
    expect(dubbing).toMatchObject({ url: 'https://www.azernews.az/culture/251204.html', sourceId: 'azernews', sourceName: 'Azernews' });
    expect(search(['dubbing contest']).stdout).toContain('\n  Azernews · ');

    const agencies = JSON.parse(search(['', '--collection', 'agencies', '--json']).stdout);
    expect(agencies.total).toBeGreaterThan(0);
    for (const hit of agencies.hits) expect(['trend', 'report-az', 'apa', 'azertag', 'turan']).toContain(hit.sourceId);

    const status = spawnSync(process.execPath, [BIN, '--data', data, 'status', '--list', 'stored', '--json'], { encoding: 'utf8' });
    const urls: string[] = JSON.parse(status.stdout).urls.map((state: { url: string }) => state.url);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith('file://')).toBe(true);
  });

  it('a malformed cursor is bad input (exit 2), with or without --all', () => {
    expect(search(['', '--cursor', '!!not-a-cursor!!']).status).toBe(2);
    expect(search(['', '--cursor', '!!not-a-cursor!!', '--all']).status).toBe(2);
  });
});
