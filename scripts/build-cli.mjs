#!/usr/bin/env node
/**
 * Builds the CLI into dist/cli/ (git-ignored): run by `npm ci`/`npm install` through `prepare`, so
 * `culture-index` starts without compiling TypeScript at every run. One ESM bundle per entry with
 * shared chunks, so `--help` loads commander and little else while a command loads what it needs.
 * better-sqlite3 stays external (a native addon); everything else is bundled, which saves Node the
 * module resolution of hundreds of files.
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const CLI_OUT_DIR = join(root, 'dist', 'cli');

export async function buildCli() {
  rmSync(CLI_OUT_DIR, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { cli: 'bin/cli.ts' },
    outdir: CLI_OUT_DIR,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['better-sqlite3'],
    // Bundled CommonJS packages call require(); ESM has none, so each chunk gets one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    minify: true,
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
