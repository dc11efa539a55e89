/**
 * The CLI as npm installs it (the launcher run as a program, through its shebang) runs Node with
 * the V8 setting the pipeline parses under (issue 10 item 6), so a local ingest parses as the
 * `process` Lambda does.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARSE_NODE_FLAG } from '../../shared/pipeline/parse-runtime.js';

const BIN = fileURLToPath(new URL('../../bin/culture-index.js', import.meta.url));
let dir: string;
let probe: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ci-runtime-'));
  // Preloaded through NODE_OPTIONS: reports the flags the launched Node really received.
  probe = join(dir, 'probe.cjs');
  await writeFile(probe, "process.on('exit', () => process.stderr.write('execArgv=' + JSON.stringify(process.execArgv) + '\\n'));\n");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('CLI runtime', () => {
  it('runs Node with the parse heap setting when started as a program', () => {
    const run = spawnSync(BIN, ['--version'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: `--require ${probe}` }, timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    const execArgv = JSON.parse(/execArgv=(.*)/.exec(run.stderr)![1]!) as string[];
    expect(execArgv).toContain(PARSE_NODE_FLAG);
  });

  it('runs Node with the same setting through npm run cli and npm start (tsx)', () => {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { scripts: Record<string, string> };
    for (const script of ['start', 'cli']) expect(pkg.scripts[script], script).toContain(`tsx ${PARSE_NODE_FLAG} `);
    const run = spawnSync('npm', ['run', '-s', 'cli', '--', '--version'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: `--require ${probe}` }, timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    const execArgv = JSON.parse(/execArgv=(.*)/.exec(run.stderr)![1]!) as string[];
    expect(execArgv).toContain(PARSE_NODE_FLAG);
  });
});

