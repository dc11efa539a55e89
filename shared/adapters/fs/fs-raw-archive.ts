/**
 * RawArchive on a local folder. Layout: `<root>/<urlHash>/<fetchedAt compact>.body` plus a
 * `.json` sidecar (url, finalUrl, status, headers, fetchedAt). The sidecar is written last and
 * both are written to a temp file and renamed, so a crash never leaves a half page that reads as whole.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { StoreUnavailableError, ValidationError } from '../../domain/errors.js';
import type { RawPage, RawRef } from '../../domain/model.js';
import { sha256Hex } from '../../domain/hash.js';
import { urlHash } from '../../domain/url.js';
import type { RawArchive } from '../../ports/raw-archive.js';

interface Sidecar {
  readonly url: string;
  readonly finalUrl: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly fetchedAt: string;
  readonly bytes: number;
  /** sha256 of the body (absent in sidecars written before it was recorded). */
  readonly sha256?: string;
}

const KEY_PATTERN = /^([0-9a-f]{64})\/(\d{8}T\d{9}Z)$/;

/** `2026-11-26T05:15:17.123Z` → `20261126T051517123Z`: sortable and safe in any file or object name. */
export function compactInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new ValidationError(`fetchedAt is not an ISO instant: ${iso}`, [{ path: 'fetchedAt', message: 'invalid' }]);
  return date.toISOString().replace(/[-:.]/g, '');
}

export function rawKey(page: Pick<RawPage, 'url' | 'fetchedAt'>): string {
  return `${urlHash(page.url)}/${compactInstant(page.fetchedAt)}`;
}

function unavailable(action: string, error: unknown): StoreUnavailableError {
  return new StoreUnavailableError(`Raw archive ${action} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

export class FsRawArchive implements RawArchive {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  async put(page: RawPage): Promise<RawRef> {
    const key = rawKey(page);
    const [hash, stamp] = key.split('/') as [string, string];
    const dir = path.join(this.root, hash);
    const sha256 = sha256Hex(page.body);
    const same = await this.newestWithBody(hash, sha256);
    if (same !== null) return same;
    const sidecar: Sidecar = {
      url: page.url,
      finalUrl: page.finalUrl,
      status: page.status,
      headers: { ...page.headers },
      fetchedAt: new Date(page.fetchedAt).toISOString(),
      bytes: page.body.byteLength,
      sha256,
    };
    try {
      await fs.mkdir(dir, { recursive: true });
      await this.writeAtomic(path.join(dir, `${stamp}.body`), page.body);
      await this.writeAtomic(path.join(dir, `${stamp}.json`), JSON.stringify(sidecar, null, 2));
    } catch (error) {
      throw unavailable('write', error);
    }
    return { key, url: page.url, fetchedAt: sidecar.fetchedAt };
  }

  async get(key: string): Promise<RawPage | null> {
    const match = KEY_PATTERN.exec(key);
    if (match === null) return null; // Not a key this archive could have issued (also blocks path tricks).
    return this.read(match[1] ?? '', match[2] ?? '');
  }

  async latest(url: string): Promise<RawPage | null> {
    const hash = urlHash(url);
    const stamps = await this.stampsOf(hash);
    const newest = stamps[stamps.length - 1];
    return newest === undefined ? null : this.read(hash, newest);
  }

  async *list(options: { since?: string } = {}): AsyncIterable<RawRef> {
    const since = options.since === undefined ? null : new Date(options.since).getTime();
    let hashes: string[];
    try {
      hashes = (await fs.readdir(this.root)).filter((name) => /^[0-9a-f]{64}$/.test(name)).sort();
    } catch (error) {
      if (isMissing(error)) return;
      throw unavailable('list', error);
    }
    for (const hash of hashes) {
      for (const stamp of await this.stampsOf(hash)) {
        const sidecar = await this.readSidecar(hash, stamp);
        if (sidecar === null) continue;
        if (since !== null && new Date(sidecar.fetchedAt).getTime() < since) continue;
        yield { key: `${hash}/${stamp}`, url: sidecar.url, fetchedAt: sidecar.fetchedAt };
      }
    }
  }

  /** The URL's newest copy when its body has this hash, as a duplicate ref; else null. */
  private async newestWithBody(hash: string, sha256: string): Promise<RawRef | null> {
    const newest = (await this.stampsOf(hash)).at(-1);
    if (newest === undefined) return null;
    const sidecar = await this.readSidecar(hash, newest);
    if (sidecar === null) return null;
    let existing = sidecar.sha256;
    if (existing === undefined) {
      const page = await this.read(hash, newest);
      existing = page === null ? undefined : sha256Hex(page.body);
    }
    return existing === sha256 ? { key: `${hash}/${newest}`, url: sidecar.url, fetchedAt: sidecar.fetchedAt, duplicate: true } : null;
  }

  /** Stamps with a complete record (sidecar present), oldest first. */
  private async stampsOf(hash: string): Promise<string[]> {
    try {
      const names = await fs.readdir(path.join(this.root, hash));
      return names.filter((n) => /^\d{8}T\d{9}Z\.json$/.test(n)).map((n) => n.slice(0, -'.json'.length)).sort();
    } catch (error) {
      if (isMissing(error)) return [];
      throw unavailable('list', error);
    }
  }

  private async readSidecar(hash: string, stamp: string): Promise<Sidecar | null> {
    try {
      return JSON.parse(await fs.readFile(path.join(this.root, hash, `${stamp}.json`), 'utf8')) as Sidecar;
    } catch (error) {
      if (isMissing(error)) return null;
      throw unavailable('read', error);
    }
  }

  private async read(hash: string, stamp: string): Promise<RawPage | null> {
    const sidecar = await this.readSidecar(hash, stamp);
    if (sidecar === null) return null;
    let body: Buffer;
    try {
      body = await fs.readFile(path.join(this.root, hash, `${stamp}.body`));
    } catch (error) {
      if (isMissing(error)) return null;
      throw unavailable('read', error);
    }
    return {
      url: sidecar.url,
      finalUrl: sidecar.finalUrl,
      fetchedAt: sidecar.fetchedAt,
      status: sidecar.status,
      headers: sidecar.headers,
      body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
    };
  }

  private async writeAtomic(file: string, data: Uint8Array | string): Promise<void> {
    const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await fs.writeFile(temp, data);
      await fs.rename(temp, file);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
  }
}
