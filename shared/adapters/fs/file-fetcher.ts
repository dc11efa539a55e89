/**
 * Fetcher for local files (`file://` URLs or plain paths), for "ingest a folder of HTML".
 * Same outcome semantics as HttpFetcher: size cap, missing → failed 'not-found', conditional
 * fetch by modification time, never throws for a per-file problem.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RawPage } from '../../domain/model.js';
import type { FetchOutcome, FetchRequest, Fetcher } from '../../ports/fetcher.js';

export interface FileFetcherOptions {
  readonly maxBytes?: number;
  /** When set, paths outside this folder are refused ('outside-root'). */
  readonly root?: string;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xhtml': 'application/xhtml+xml',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.txt': 'text/plain',
};

/** `file:` URL or plain path → absolute path; null for other schemes. */
export function toLocalPath(input: string): string | null {
  if (input.startsWith('file:')) {
    try {
      return fileURLToPath(input);
    } catch {
      return null;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) return null;
  return path.resolve(input);
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export class FileFetcher implements Fetcher {
  private readonly maxBytes: number;
  private readonly root: string | null;

  constructor(options: FileFetcherOptions = {}) {
    this.maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
    this.root = options.root === undefined ? null : path.resolve(options.root);
  }

  async fetch(request: FetchRequest): Promise<FetchOutcome> {
    const url = request.url;
    const local = toLocalPath(url);
    if (local === null) return { kind: 'failed', url, reason: 'invalid-url', retryable: false };
    try {
      // Resolve symlinks before the root check, so a link cannot lead outside the folder.
      const real = await fs.realpath(local);
      if (this.root !== null && !isInside(await fs.realpath(this.root), real)) return { kind: 'skipped', url, reason: 'outside-root' };
      const stat = await fs.stat(real);
      if (!stat.isFile()) return { kind: 'failed', url, reason: 'not-a-file', retryable: false };
      if (stat.size > this.maxBytes) return { kind: 'skipped', url, reason: 'too-large' };
      const lastModified = stat.mtime.toUTCString();
      // Last-Modified has one-second resolution; the ETag (size + mtime in ms) catches quicker edits.
      const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
      if (request.etag ? request.etag === etag : request.lastModified === lastModified) return { kind: 'not-modified', url };
      const type = CONTENT_TYPES[path.extname(real).toLowerCase()];
      if ((request.accept ?? 'html') === 'html' && type !== undefined && type !== 'text/html' && type !== 'application/xhtml+xml') {
        return { kind: 'skipped', url, reason: 'unsupported-content-type' };
      }
      const body = await fs.readFile(real);
      // Growing files: the size cap applies to what was actually read.
      if (body.length > this.maxBytes) return { kind: 'skipped', url, reason: 'too-large' };
      const headers: Record<string, string> = { 'content-length': String(body.length), 'last-modified': lastModified, etag };
      if (type !== undefined) headers['content-type'] = type;
      const page: RawPage = {
        url,
        finalUrl: pathToFileURL(real).href,
        fetchedAt: new Date().toISOString(),
        status: 200,
        headers,
        body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
      };
      return { kind: 'ok', page };
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'failed', url, reason: 'not-found', retryable: false };
      if (code === 'EACCES' || code === 'EPERM') return { kind: 'failed', url, reason: 'permission-denied', retryable: false };
      if (code === 'EISDIR') return { kind: 'failed', url, reason: 'not-a-file', retryable: false };
      return { kind: 'failed', url, reason: `io-error${code ? `-${code.toLowerCase()}` : ''}`, retryable: true };
    }
  }
}

/**
 * Every .html/.htm file under `folder`, recursively, as absolute paths in sorted order.
 * Hidden entries are skipped and symlinked folders are not followed (no loops).
 * A path naming one file is that file, whatever its extension: the user chose it, and the
 * fetcher records a skip if it is not HTML (rather than failing the whole ingest on readdir).
 */
export async function listHtmlFiles(folder: string): Promise<string[]> {
  const start = path.resolve(folder);
  if ((await fs.stat(start)).isFile()) return [start];
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if ((entry.isFile() || entry.isSymbolicLink()) && /\.html?$/i.test(entry.name)) found.push(full);
    }
  };
  await walk(start);
  return found.sort();
}
