/**
 * `npm start`: ingest the bundled sample into ./data through the real fetch path (a loopback
 * server), then serve the API and the search page. Re-running is idempotent: unchanged pages are
 * recognised by their content hash and nothing is duplicated.
 */
import { parseSourcesCatalogue } from '../shared/domain/sources.js';
import { ingestLocal } from '../shared/pipeline/local-ingest.js';
import { defaultDataDir, openLocal } from './local-context.js';
import { countOf, printIngestSummary, progressReporter } from './output.js';
import { sampleCatalogue, startSampleSite } from './sample-site.js';
import { serveUntilStopped } from './serve.js';

const port = Number(process.env['PORT'] ?? 8080);
// A fixed sample port keeps the sample's URLs (and so the URL states) the same on every run.
const samplePort = Number(process.env['SAMPLE_PORT'] ?? 8079);

const site = await startSampleSite(samplePort).catch((error: unknown) => exitWith(`cannot serve the sample on port ${samplePort} (${String(error)}); set SAMPLE_PORT to a free port`));
const ctx = await openLocal({ dataDir: defaultDataDir(), allowLoopback: true, perHostDelayMs: 20 });
try {
  const sources = parseSourcesCatalogue(await sampleCatalogue(site.origin));
  console.log(`Ingesting the bundled sample (${countOf(sources.length, 'source')}) from ${site.origin} into ${ctx.dbPath}`);
  const summary = await ingestLocal(ctx, { sources }, progressReporter());
  printIngestSummary(summary, false);
} finally {
  await site.close();
}
const server = await serveUntilStopped(ctx, { port, host: '127.0.0.1' }).catch((error: unknown) =>
  exitWith(`cannot listen on port ${port} (${String(error)}); set PORT to a free port`),
);
// Bound to loopback only; "localhost" is the address people type.
const url = server.url.replace('//127.0.0.1:', '//localhost:');
console.log(`\nculture-index is running: ${url}\n  search page  ${url}/\n  API          ${url}/search?q=dubbing\n  OpenAPI      ${url}/openapi.json\nPress Ctrl+C to stop.`);

function exitWith(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
}
