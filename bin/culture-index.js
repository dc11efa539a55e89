#!/usr/bin/env -S node --max-semi-space-size=64
// The flag sizes V8's young generation for parsing pages (shared/pipeline/parse-runtime.ts, where
// tests/unit/pipeline/parse-runtime.test.ts holds both to the same value); `env -S` splits it off.
// The published entry point: runs the CLI built by `npm ci` (scripts/build-cli.mjs, the `prepare`
// script). A checkout without a build (e.g. `npm ci --ignore-scripts`) falls back to tsx, slower.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/cli.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./cli.ts');
}
