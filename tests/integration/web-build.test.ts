/**
 * The built workspace (web/dist, from scripts/build-web.mjs in the vitest global setup) as the
 * local server serves it, without a browser: every file the page loads is served with its type
 * and the page's security headers, everything is local (no CDN: the workspace works offline), and
 * the client's types were generated from the API's own OpenAPI document. The page's behaviour is
 * tested in Chromium (api-browser.test.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../shared/api/routes.js';
import { serveApiFixture } from '../support/served-api.js';

const server = serveApiFixture();
const generatedTypes = fileURLToPath(new URL('../../web/src/generated/api.d.ts', import.meta.url));

/** Namespaces the DOM libraries name (never fetched). */
const XML_NAMESPACES = new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xhtml', 'http://www.w3.org/1998/Math/MathML']);

/** Names of the local files a script imports ("./chunk-….js"), statically or with import(). */
const importedFiles = (script: string): string[] => [...script.matchAll(/["']\.\/([\w-]+\.js)["']/g)].map((match) => match[1]!);

/** app.js and every file it imports, directly or through another, by name. */
async function bundleScripts(origin: string): Promise<Map<string, string>> {
  const scripts = new Map<string, string>();
  const queue = ['app.js'];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (scripts.has(name)) continue;
    const script = await (await fetch(`${origin}/${name}`)).text();
    scripts.set(name, script);
    queue.push(...importedFiles(script));
  }
  return scripts;
}

describe('built workspace', () => {
  it('serves the page and every file it references, locally, with the page headers', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const { document } = parseHTML(await response.text());
    const references = [...document.querySelectorAll('script[src], link[href]')].map((node) => node.getAttribute('src') ?? node.getAttribute('href')!);
    expect(references).toEqual(expect.arrayContaining(['app.js', 'app.css', 'auth.js', 'favicon.svg']));
    const types: Record<string, RegExp> = { js: /^text\/javascript/, css: /^text\/css/, svg: /^image\/svg\+xml/ };
    for (const reference of references) {
      expect(reference, 'no file from another origin (works offline)').not.toMatch(/^(https?:)?\/\//);
      const file = await fetch(new URL(reference, `${server.url}/`));
      expect(file.status, reference).toBe(200);
      expect(file.headers.get('content-type'), reference).toMatch(types[reference.split('.').pop()!]!);
    }
    expect(document.querySelector('#app')).not.toBeNull();
  });

  it('serves the split-off files (chart, panels, shared code) by their hashed names only, cacheable for good', async () => {
    const imported = [...(await bundleScripts(server.url)).keys()].filter((name) => name !== 'app.js');
    // app.js imports its shared chunks and loads the chart and the panels with import().
    expect(imported.some((name) => /^AttentionPlot-[A-Z0-9]{8}\.js$/.test(name))).toBe(true);
    expect(imported.some((name) => /^PanelArea-[A-Z0-9]{8}\.js$/.test(name))).toBe(true);
    for (const name of imported) {
      const file = await fetch(`${server.url}/${name}`);
      expect(file.status, name).toBe(200);
      expect(file.headers.get('content-type'), name).toMatch(/^text\/javascript/);
      expect(file.headers.get('cache-control'), name).toBe('public, max-age=31536000, immutable');
    }
    // Only names the build writes reach the folder: no other file, no path outside it.
    for (const path of ['/AttentionPlot-AAAAAAAA.js', '/..%2Fpackage-AAAAAAAA.js', '/chunk-aaaaaaaa.js', '/app-AAAAAAAA.mjs']) {
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
    }
    expect((await fetch(`${server.url}/app.js`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('bundles its libraries instead of loading them from elsewhere', async () => {
    const scripts = await bundleScripts(server.url);
    expect(scripts.size).toBeGreaterThan(1);
    for (const [name, script] of scripts) {
      expect(script, name).not.toMatch(/\bimport\s*\(?\s*["'](https?:)?\/\//);
      const absolute = [...script.matchAll(/https?:\/\/[\w.-]+(?:\/[\w./-]*)?/g)].map((match) => match[0]);
      // The client's placeholder base (requests are rewritten to the API's own address) and XML namespaces only.
      expect(absolute.filter((url) => !XML_NAMESPACES.has(url) && url !== 'http://api.invalid'), name).toEqual([]);
    }
  });

  it('types its API client from the OpenAPI document: every route of the API is in the generated types', () => {
    const types = readFileSync(generatedTypes, 'utf8');
    expect(types).toMatch(/^\/\/ Generated by scripts\/build-web\.mjs/);
    for (const route of ROUTES) expect(types, route.path).toContain(`"${route.path}": {`);
  });
});
