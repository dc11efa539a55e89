/**
 * Serves the bundled sample (sample/site) on loopback so `npm start` ingests it through the real
 * fetch path: robots.txt, feeds, sitemaps and pages over HTTP. `{{origin}}` in XML and robots.txt
 * is replaced by the server's own origin.
 */
import { fileURLToPath } from 'node:url';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface SampleSite {
  readonly origin: string;
  close(): Promise<void>;
}

export const SAMPLE_DIR = resolve(fileURLToPath(new URL('../sample', import.meta.url)));

export async function startSampleSite(port = 0, root = join(SAMPLE_DIR, 'site')): Promise<SampleSite> {
  let origin = '';
  const server: Server = createServer((request, response) => {
    void serveFile(root, request.url ?? '/', origin).then(({ status, type, body }) => {
      response.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
      response.end(body);
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return { origin, close: () => new Promise((done) => server.close(() => done())) };
}

async function serveFile(root: string, rawPath: string, origin: string): Promise<{ status: number; type: string; body: string | Buffer }> {
  const path = decodeURIComponent(rawPath.split('?')[0] ?? '/');
  const file = normalize(join(root, path));
  if (!file.startsWith(root + sep)) return { status: 403, type: TYPES['.txt']!, body: 'forbidden' };
  try {
    if (!(await stat(file)).isFile()) return { status: 404, type: TYPES['.txt']!, body: 'not found' };
  } catch {
    return { status: 404, type: TYPES['.txt']!, body: 'not found' };
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const body = await readFile(file);
  if (type.startsWith('text/html')) return { status: 200, type, body };
  return { status: 200, type, body: body.toString('utf8').replaceAll('{{origin}}', origin) };
}

/** The sample catalogue with `{{origin}}` replaced, as JSON ready for parseSourcesCatalogue. */
export async function sampleCatalogue(origin: string): Promise<unknown> {
  const text = await readFile(join(SAMPLE_DIR, 'sources.json'), 'utf8');
  return JSON.parse(text.replaceAll('{{origin}}', origin));
}
