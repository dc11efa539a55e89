/**
 * `npm start`: ingest the bundled sample into ./data through the real fetch path (a loopback
 * server), then serve the API and the search page. Re-running is idempotent: unchanged pages are
 * recognised by their content hash and nothing is duplicated.
 */
import { buildWebIfStale } from '../scripts/build-web.mjs';
import { parseIntegerSetting } from '../shared/domain/settings.js';
import { parseSourcesCatalogue } from '../shared/domain/sources.js';
import { ingestLocal } from '../shared/pipeline/local-ingest.js';
import { defaultDataDir, openLocal } from './local-context.js';
import { countOf, printIngestSummary, progressReporter } from './output.js';
import { sampleCatalogue, startSampleSite } from './sample-site.js';
import { alertsAfterIngest } from './local-alerts.js';
import { serveUntilStopped } from './serve.js';

const port = portSetting('PORT', 8080);
// A fixed sample port keeps the sample's URLs (and so the URL states) the same on every run.
const samplePort = portSetting('SAMPLE_PORT', 8079);

// `npm ci` built the workspace; rebuild it when a source changed since (development).
await buildWebIfStale();

const site = await startSampleSite(samplePort).catch((error: unknown) => exitWith(`cannot serve the sample on port ${samplePort} (${String(error)}); set SAMPLE_PORT to a free port`));
// The sample is our own loopback server: loopback is allowed on its port only, with a short delay.
const ctx = await openLocal({ dataDir: defaultDataDir(), allowLoopback: true, loopbackPorts: [samplePort], perHostDelayMs: 20, unsafeNoDelay: true });
const sources = parseSourcesCatalogue(await sampleCatalogue(site.origin));
try {
  console.log(`Ingesting the bundled sample (${countOf(sources.length, 'source')}) from ${site.origin} into ${ctx.dbPath}`);
  const summary = await ingestLocal(ctx, { sources }, progressReporter());
  printIngestSummary(summary, false);
  await alertsAfterIngest(ctx, (line) => console.log(line));
} finally {
  await site.close();
}
const server = await serveUntilStopped(ctx, { port, host: '127.0.0.1', catalogue: sources, dataDir: defaultDataDir() }).catch((error: unknown) =>
  exitWith(`cannot listen on port ${port} (${String(error)}); set PORT to a free port`),
);
// Bound to loopback only; "localhost" is the address people type.
const url = server.url.replace('//127.0.0.1:', '//localhost:');
console.log(`\nculture-index is running: ${url}\n  search page  ${url}/\n  API          ${url}/search?q=dubbing\n  OpenAPI      ${url}/openapi.json\nPress Ctrl+C to stop.`);

function portSetting(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  try {
    return parseIntegerSetting(name, text, { min: 1, max: 65_535 });
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}

function exitWith(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
}
