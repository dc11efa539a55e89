/**
 * Runs the offline synth (the same command as `npm run synth`) and reports how long it took and
 * how large each Lambda bundle came out, read from the asset folders in cdk.out.
 *
 *   npm run synth:report              synth, then report
 *   npm run synth:report -- --no-synth   report on the cdk.out already there
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'cdk.out');

interface TemplateResource {
  readonly Type: string;
  readonly Metadata?: Record<string, unknown>;
}

function runSynth(): number {
  const started = process.hrtime.bigint();
  const result = spawnSync('npx', ['cdk', 'synth', '--quiet'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, CDK_DISABLE_VERSION_CHECK: '1', AWS_EC2_METADATA_DISABLED: 'true' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    console.error(`synth failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  return seconds;
}

function templates(): string[] {
  return readdirSync(OUT).filter((file) => file.endsWith('.template.json'));
}

function directorySize(directory: string): number {
  return readdirSync(directory, { withFileTypes: true }).reduce((total, entry) => {
    const full = path.join(directory, entry.name);
    return total + (entry.isDirectory() ? directorySize(full) : statSync(full).size);
  }, 0);
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

function report(): void {
  if (!existsSync(OUT)) throw new Error('cdk.out does not exist: run the synth first');
  const rows: string[][] = [];
  for (const file of templates()) {
    const template = JSON.parse(readFileSync(path.join(OUT, file), 'utf8')) as { Resources: Record<string, TemplateResource> };
    for (const resource of Object.values(template.Resources)) {
      if (resource.Type !== 'AWS::Lambda::Function') continue;
      const assetPath = resource.Metadata?.['aws:asset:path'];
      const cdkPath = String(resource.Metadata?.['aws:cdk:path'] ?? '?');
      if (typeof assetPath !== 'string') continue;
      const directory = path.join(OUT, assetPath);
      const entry = ['index.mjs', 'index.js'].map((name) => path.join(directory, name)).find((candidate) => existsSync(candidate));
      if (!entry) continue; // CDK's own handlers (inline or Python) are not ours to measure
      const code = readFileSync(entry);
      rows.push([cdkPath.replace(/\/Resource$/, ''), kib(code.length), kib(gzipSync(code, { level: 9 }).length), kib(directorySize(directory))]);
    }
  }
  const header = ['function', 'bundle', 'gzipped', 'asset folder (with source map)'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]): string => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

const synthSeconds = process.argv.includes('--no-synth') ? null : runSynth();
report();
if (synthSeconds !== null) console.log(`\nsynth time: ${synthSeconds.toFixed(1)} s (cdk synth --quiet, offline, with esbuild bundling and cdk-nag)`);
