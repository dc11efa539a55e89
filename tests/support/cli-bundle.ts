/**
 * The CLI bundled once by esbuild for tests that start it many times (fault injection, resume):
 * `node bundle.mjs` starts in a fraction of the time tsx needs to compile bin/cli.ts on every
 * start. Packages stay external, so the bundle lives under node_modules/.cache to resolve them.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function bundleCli(): Promise<string> {
  const outDir = join(ROOT, 'node_modules', '.cache', 'culture-index-tests', `${process.pid}-${Date.now().toString(36)}`);
  mkdirSync(outDir, { recursive: true });
  // Each test process removes its own bundle when it exits.
  process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
  await build({
    entryPoints: { cli: join(ROOT, 'bin', 'cli.ts') },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    // Dynamic imports (the AWS SDK for `doctor --aws`) stay separate chunks, loaded only when used.
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
    // bin/serve.ts finds the web page relative to its own URL: keep it pointing at the source tree.
    define: { 'import.meta.url': JSON.stringify(`file://${join(ROOT, 'bin', 'serve.ts')}`) },
  });
  return join(outDir, 'cli.mjs');
}

export interface CliRun {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the bundled CLI; resolves with its exit status or the signal that ended it. */
export function runCli(bundle: string, args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, cwd: dirname(bundle) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}
