/**
 * Paths the CLI and `npm start` need, found the same way whether they run from TypeScript (bin/)
 * or from the built bundle (dist/cli/ and its chunks): no module here knows how deep it sits.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder holding culture-index's package.json (the installed package or the checkout). */
export function projectRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  root = dir;
  return dir;
}

export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version?: unknown };
  return String(manifest.version ?? '0.0.0');
}

export function defaultDataDir(): string {
  return resolve(process.env['CULTURE_INDEX_DATA'] ?? 'data');
}
