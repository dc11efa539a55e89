/**
 * What goes into each Lambda bundle, checked with esbuild (the bundler CDK runs) and the same
 * entry points and externals as infra/lambda-function.ts: no SQLite, no AWS SDK (the runtime has
 * it), the catalogue inside the functions that read it, OpenSearch only where it is used.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { ESM_REQUIRE_BANNER, FUNCTION_NAMES, REPO_ROOT, type FunctionName } from '../../../infra/lambda-function.js';

// Inside node_modules so the bundles resolve the external AWS SDK the way the runtime provides it.
const OUT_DIR = path.join(REPO_ROOT, 'node_modules', '.cache', `culture-index-bundles-${process.pid}`);

async function inputsOf(name: FunctionName): Promise<string[]> {
  const result = await build({
    entryPoints: [path.join(REPO_ROOT, 'functions', name, 'handler.ts')],
    absWorkingDir: REPO_ROOT,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    mainFields: ['module', 'main'],
    external: ['@aws-sdk/*'],
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  return Object.keys((result.metafile as Metafile).inputs);
}

describe('Lambda bundles', () => {
  afterAll(() => rmSync(OUT_DIR, { recursive: true, force: true }));

  it('each handler bundles without SQLite and without the AWS SDK; catalogue and OpenSearch only where needed', async () => {
    const inputs = Object.fromEntries(await Promise.all(FUNCTION_NAMES.map(async (name) => [name, await inputsOf(name)] as const)));
    for (const name of FUNCTION_NAMES) {
      const files = inputs[name]!;
      expect(files.filter((file) => file.includes('better-sqlite3') || file.includes('adapters/sqlite')), name).toEqual([]);
      expect(files.filter((file) => file.includes('node_modules/@aws-sdk/')), name).toEqual([]);
      expect(files, name).toContain(`functions/${name}/handler.ts`);
    }
    const has = (name: FunctionName, fragment: string) => inputs[name]!.some((file) => file.includes(fragment));
    expect(has('discover', 'sources/catalogue.json')).toBe(true);
    expect(has('discover-source', 'sources/catalogue.json')).toBe(true);
    expect(has('process', 'sources/catalogue.json')).toBe(true);
    // The api lists the catalogue's sources (/sources, /suggest).
    expect(has('api', 'sources/catalogue.json')).toBe(true);
    expect(has('fetch', 'sources/catalogue.json')).toBe(false);
    for (const name of ['index', 'api'] as const) expect(has(name, '@opensearch-project/opensearch')).toBe(true);
    for (const name of ['discover', 'discover-source', 'fetch', 'process'] as const) expect(has(name, '@opensearch-project/opensearch')).toBe(false);
    // Parsing and extraction stay in the process function; the api only names entities in English
    // (entity pages): the English-name rules with the tables and word lists they read, never the
    // rule engine itself.
    for (const name of ['fetch', 'index'] as const) expect(has(name, 'shared/domain/extract/'), name).toBe(false);
    const apiExtract = inputs['api']!.filter((file) => file.includes('shared/domain/extract/')).map((file) => file.slice(file.indexOf('shared/domain/extract/')));
    expect(apiExtract).toContain('shared/domain/extract/english-names.ts');
    for (const engine of ['index.ts', 'analyse.ts', 'spans.ts', 'merge.ts', 'roles.ts'].map((f) => `shared/domain/extract/${f}`)) expect(apiExtract).not.toContain(engine);
  });

  it('load as minified ESM with the createRequire banner, and the api bundle answers /health', async () => {
    const outfile = (name: FunctionName) => path.join(OUT_DIR, name, 'index.mjs');
    await Promise.all(
      FUNCTION_NAMES.map((name) =>
        build({
          entryPoints: [path.join(REPO_ROOT, 'functions', name, 'handler.ts')],
          absWorkingDir: REPO_ROOT,
          outfile: outfile(name),
          bundle: true,
          minify: true,
          platform: 'node',
          target: 'node22',
          format: 'esm',
          mainFields: ['module', 'main'],
          external: ['@aws-sdk/*'],
          banner: { js: ESM_REQUIRE_BANNER },
          logLevel: 'silent',
        }),
      ),
    );
    for (const name of FUNCTION_NAMES) {
      const module = (await import(pathToFileURL(outfile(name)).href)) as { handler?: unknown };
      expect(typeof module.handler, name).toBe('function');
    }
    const saved = { ...process.env };
    Object.assign(process.env, { TABLE_NAME: 'bundle-test', AWS_REGION: 'eu-central-1', OPENSEARCH_ENDPOINT: 'http://127.0.0.1:9', POWERTOOLS_LOG_LEVEL: 'ERROR' });
    try {
      const api = (await import(pathToFileURL(outfile('api')).href)) as { handler(event: unknown): Promise<{ statusCode: number; body: string }> };
      const result = await api.handler({ version: '2.0', rawPath: '/health', rawQueryString: '', requestContext: { http: { method: 'GET' }, requestId: 'bundle-test' } });
      expect(result.statusCode).toBe(200);
      expect(JSON.parse(result.body)).toEqual({ status: 'ok' });
    } finally {
      process.env = saved;
    }
  });
});
