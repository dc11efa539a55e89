/** `culture-index search --format csv|jsonl`: a real process exporting a real index to stdout. */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../shared/api/export-format.js';
import { parseCsv } from '../support/csv.js';

const BIN = fileURLToPath(new URL('../../bin/culture-index.js', import.meta.url));
const PAGES = fileURLToPath(new URL('../support/fixture-site/news/', import.meta.url));
let dir: string;

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, '--data', dir, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ci-cli-export-'));
  expect(run(['ingest', PAGES]).status).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('search --format', () => {
  it('exports every match as RFC 4180 CSV, not only the first page', () => {
    const all = run(['search', '--json', '--limit', '1']);
    const total = (JSON.parse(all.stdout) as { total: number }).total;
    expect(total).toBeGreaterThan(1);
    const { status, stdout } = run(['search', '--format', 'csv']);
    expect(status).toBe(0);
    const rows = parseCsv(stdout);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(total + 1);
  });

  it('exports JSONL rows with entities by type, honouring filters and an explicit --limit', () => {
    const { status, stdout } = run(['search', 'dubbing', '--format', 'jsonl']);
    expect(status).toBe(0);
    const rows = stdout.trim().split('\n').map((line) => JSON.parse(line) as { title: string; entities: Record<string, string[]> });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => Array.isArray(r.entities['person']) && Array.isArray(r.entities['place']))).toBe(true);
    expect(rows.some((r) => /dubbing/i.test(r.title))).toBe(true);
    const one = run(['search', '--format', 'jsonl', '--limit', '1']);
    expect(one.stdout.trim().split('\n')).toHaveLength(1);
    expect(one.stderr).toMatch(/exported 1 of \d+ matching articles/);
  });

  it('rejects an unknown format and bad filters with exit code 2', () => {
    expect(run(['search', '--format', 'xml']).status).toBe(2);
    const bad = run(['search', '--format', 'csv', '--from', 'yesterday']);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
  });
});
