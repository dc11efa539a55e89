/**
 * CLI start-up, as a user feels it: wall-clock time of whole `culture-index` processes (median of
 * BENCH_CLI_RUNS interleaved rounds, default 15), next to `node -e 0` (the floor: Node itself) measured in the same
 * run, and to the same CLI run through tsx from TypeScript (how it started before the build step).
 * The search runs on the bundled sample, ingested from its files into a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../scripts/build-cli.mjs';
import { percentile } from './lib/corpus.js';

const RUNS = Number(process.env['BENCH_CLI_RUNS'] ?? 15);
const BIN = fileURLToPath(new URL('../bin/culture-index.js', import.meta.url));
const TS_CLI = fileURLToPath(new URL('../bin/cli.ts', import.meta.url));
const SAMPLE_SITE = fileURLToPath(new URL('../sample/site', import.meta.url));
const TSX = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));

function wallMs(args: readonly string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${String(result.status)}: ${result.stderr}`);
  return performance.now() - started;
}

/**
 * Median wall-clock milliseconds per command. Commands take turns within each round, so a busy
 * machine slows them alike and the differences to `node -e 0` stay meaningful.
 */
function interleavedMedians(commands: readonly (readonly string[])[], runs: number): number[] {
  for (const args of commands) wallMs(args); // warm the file cache
  const times = commands.map((): number[] => []);
  for (let round = 0; round < runs; round += 1) commands.forEach((args, i) => times[i]?.push(wallMs(args)));
  return times.map((list) => percentile(list.sort((a, b) => a - b), 50));
}

export async function benchCliStartup(): Promise<void> {
  await buildCli();
  const data = await mkdtemp(join(tmpdir(), 'ci-bench-cli-'));
  try {
    const ingest = spawnSync(process.execPath, [BIN, '--data', data, 'ingest', SAMPLE_SITE], { encoding: 'utf8' });
    if (ingest.status !== 0) throw new Error(`sample ingest failed: ${ingest.stderr}`);
    const commands: [string, string[]][] = [
      ['node -e 0', ['-e', '0']],
      ['culture-index --version', [BIN, '--version']],
      ['culture-index --help', [BIN, '--help']],
      ['culture-index search dubbing', [BIN, '--data', data, 'search', 'dubbing']],
    ];
    const medians = interleavedMedians(commands.map(([, args]) => args), RUNS);
    const rows: [string, number][] = commands.map(([name], i) => [name, medians[i] ?? NaN]);
    rows.push(['same --help through tsx', interleavedMedians([[TSX, TS_CLI, '--help']], Math.min(RUNS, 5))[0] ?? NaN]);
    const floor = medians[0] ?? NaN;
    console.log(`\nCLI start-up, wall clock, median of ${RUNS} interleaved runs (search on the bundled sample; goals: --help < 300 ms, search < 500 ms)`);
    for (const [name, ms] of rows) {
      console.log(`  ${name.padEnd(30)} ${ms.toFixed(0).padStart(5)} ms   ${name === 'node -e 0' ? '(floor)' : `+${(ms - floor).toFixed(0)} ms over node -e 0`}`);
    }
  } finally {
    await rm(data, { recursive: true, force: true });
  }
}

// Run alone: `npx tsx bench/cli-startup.ts` (npm run bench runs it after the other sections).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await benchCliStartup();
