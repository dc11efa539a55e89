/**
 * CLI start-up, as a user feels it: wall-clock and CPU time of whole `culture-index` processes
 * (median of BENCH_CLI_RUNS interleaved rounds, default 15), next to `node -e 0` (the floor: Node
 * itself) measured in the same run, and to the same CLI run through tsx from TypeScript (how it
 * started before the build step). CPU time is what to compare on a busy machine.
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
// tsx as a loader in the same process (as bin/culture-index.js ran it before the build), so its CPU time counts.
const TSX_LOADER = new URL('../node_modules/tsx/dist/loader.mjs', import.meta.url).href;

/** Preloaded into every measured process: reports the CPU time Node spent, which a busy machine barely changes. */
const CPU_PROBE = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\ncpu-us='+(u.user+u.system)+'\\n')})`;

interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

function timed(args: readonly string[]): Timing {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', CPU_PROBE, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${String(result.status)}: ${result.stderr}`);
  const cpu = /cpu-us=(\d+)/.exec(result.stderr);
  return { wallMs, cpuMs: cpu ? Number(cpu[1]) / 1000 : NaN };
}

const median = (values: number[]): number => percentile(values.sort((a, b) => a - b), 50);

/**
 * Median wall-clock and CPU milliseconds per command. Commands take turns within each round, so
 * a busy machine slows them alike and the differences to `node -e 0` stay meaningful.
 */
function interleavedMedians(commands: readonly (readonly string[])[], runs: number): Timing[] {
  for (const args of commands) timed(args); // warm the file cache
  const times = commands.map((): Timing[] => []);
  for (let round = 0; round < runs; round += 1) commands.forEach((args, i) => times[i]?.push(timed(args)));
  return times.map((list) => ({ wallMs: median(list.map((t) => t.wallMs)), cpuMs: median(list.map((t) => t.cpuMs)) }));
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
    const rows: [string, Timing][] = commands.map(([name], i) => [name, medians[i] ?? { wallMs: NaN, cpuMs: NaN }]);
    rows.push(['same --help through tsx', interleavedMedians([['--import', TSX_LOADER, TS_CLI, '--help']], Math.min(RUNS, 5))[0] ?? { wallMs: NaN, cpuMs: NaN }]);
    const floor = medians[0] ?? { wallMs: NaN, cpuMs: NaN };
    console.log(`\nCLI start-up, median of ${RUNS} interleaved runs (search on the bundled sample; goals: --help < 300 ms, search < 500 ms)`);
    console.log(`  ${''.padEnd(30)} ${'wall'.padStart(8)} ${'CPU'.padStart(8)}   CPU over node -e 0`);
    for (const [name, t] of rows) {
      const over = name === 'node -e 0' ? '(floor)' : `+${(t.cpuMs - floor.cpuMs).toFixed(0)} ms`;
      console.log(`  ${name.padEnd(30)} ${t.wallMs.toFixed(0).padStart(5)} ms ${t.cpuMs.toFixed(0).padStart(5)} ms   ${over}`);
    }
  } finally {
    await rm(data, { recursive: true, force: true });
  }
}

// Run alone: `npx tsx bench/cli-startup.ts` (npm run bench runs it after the other sections).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await benchCliStartup();
