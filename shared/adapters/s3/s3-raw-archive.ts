/**
 * RawArchive on S3. Each fetched page is two objects under one prefix per URL:
 *
 *   raw/<urlHash(url)>/<fetchedAt compact>.html   the body, byte for byte
 *   raw/<urlHash(url)>/<fetchedAt compact>.json   sidecar: url, finalUrl, status, fetchedAt, headers
 *
 * The sidecar (not object metadata) holds the headers and URLs: S3 user metadata is capped at
 * 2 KB and URLs or header sets easily exceed it. The sidecar is written first and the body last,
 * so an S3 event on a `.html` key (what the process Lambda subscribes to) always finds its
 * sidecar. The compact timestamp sorts lexicographically in time order, so the newest page of a
 * URL is the last `.html` key under its prefix.
 */
import {
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type ListObjectsV2CommandOutput,
  type S3Client,
} from '@aws-sdk/client-s3';
import { CultureIndexError, StoreUnavailableError, ValidationError } from '../../domain/errors.js';
import type { RawPage, RawRef } from '../../domain/model.js';
import { sha256Hex } from '../../domain/hash.js';
import { urlHash } from '../../domain/url.js';
import type { RawArchive } from '../../ports/raw-archive.js';

export const RAW_PREFIX = 'raw/';
const BODY_SUFFIX = '.html';
const SIDECAR_SUFFIX = '.json';
/** 20240307T080000123Z: ISO instant without separators (sortable, key-safe). */
const COMPACT_PATTERN = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/;
const KEY_PATTERN = /^raw\/([0-9a-f]{64})\/(\d{8}T\d{9}Z)\.html$/;

export interface S3RawArchiveOptions {
  readonly client: S3Client;
  readonly bucket: string;
  /** Keys per ListObjectsV2 call (S3's maximum and default: 1000). */
  readonly listPageSize?: number;
}

/** What the sidecar object holds. */
interface Sidecar {
  readonly url: string;
  readonly finalUrl: string;
  readonly status: number;
  readonly fetchedAt: string;
  readonly headers: Readonly<Record<string, string>>;
  /** sha256 of the body (absent in sidecars written before it was recorded). */
  readonly sha256?: string;
}

/** A body key parsed without reading anything: enough to route an S3 event. */
export interface RawKeyParts {
  readonly key: string;
  readonly urlHash: string;
  /** The fetch instant as a UTC ISO string (from the key, so millisecond precision). */
  readonly fetchedAt: string;
}

/** Same URL hash as the file archive: equivalent URLs (after normaliseUrl) share a prefix. */
export const urlPrefix = (url: string): string => `${RAW_PREFIX}${urlHash(url)}/`;

export function compactInstant(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new ValidationError(`fetchedAt is not an ISO instant: ${iso}`, [{ path: 'fetchedAt', message: iso }]);
  return new Date(time).toISOString().replace(/[-:.]/g, '');
}

function instantFromCompact(compact: string): string | null {
  const m = COMPACT_PATTERN.exec(compact);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : null;
}

export function rawKeyFor(page: Pick<RawPage, 'url' | 'fetchedAt'>): string {
  return `${urlPrefix(page.url)}${compactInstant(page.fetchedAt)}${BODY_SUFFIX}`;
}

const sidecarKeyOf = (bodyKey: string): string => `${bodyKey.slice(0, -BODY_SUFFIX.length)}${SIDECAR_SUFFIX}`;

/**
 * Parses the key of an S3 event record into the page's URL hash and fetch time; null for keys
 * that are not archived bodies (sidecars, foreign objects). S3 events deliver keys URL-encoded
 * with '+' for spaces, so the key is decoded first. The URL itself lives in the sidecar: use
 * `S3RawArchive.refForKey` (or `get`) to obtain it.
 */
export function rawRefFromS3Key(eventKey: string): RawKeyParts | null {
  let key: string;
  try {
    key = decodeURIComponent(eventKey.replace(/\+/g, ' '));
  } catch {
    return null;
  }
  const m = KEY_PATTERN.exec(key);
  if (!m) return null;
  const fetchedAt = instantFromCompact(m[2] as string);
  return fetchedAt ? { key, urlHash: m[1] as string, fetchedAt } : null;
}

function errorName(error: unknown): string {
  return error && typeof error === 'object' && 'name' in error && typeof error.name === 'string' ? error.name : '';
}

function isNotFound(error: unknown): boolean {
  const name = errorName(error);
  return name === 'NoSuchKey' || name === 'NotFound';
}

function mapS3Error(error: unknown, operation: string): CultureIndexError {
  if (error instanceof CultureIndexError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreUnavailableError(`S3 ${operation}: ${errorName(error) || 'error'}: ${detail}`, { cause: error });
}

export class S3RawArchive implements RawArchive {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly listPageSize: number;

  constructor(options: S3RawArchiveOptions) {
    this.client = options.client;
    this.bucket = options.bucket;
    this.listPageSize = options.listPageSize ?? 1000;
  }

  async put(page: RawPage): Promise<RawRef> {
    const key = rawKeyFor(page);
    const sha256 = sha256Hex(page.body);
    const same = await this.newestWithBody(page.url, sha256);
    if (same !== null) return same;
    const sidecar: Sidecar = { url: page.url, finalUrl: page.finalUrl, status: page.status, fetchedAt: page.fetchedAt, headers: page.headers, sha256 };
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: sidecarKeyOf(key),
          Body: JSON.stringify(sidecar),
          ContentType: 'application/json',
        }),
      );
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: page.body,
          ContentType: page.headers['content-type'] ?? 'application/octet-stream',
          // Small, always-short facts only: metadata is capped at 2 KB in total.
          Metadata: { status: String(page.status), 'fetched-at': page.fetchedAt },
        }),
      );
    } catch (error) {
      throw mapS3Error(error, `put ${key}`);
    }
    return { key, url: page.url, fetchedAt: page.fetchedAt };
  }

  async get(key: string): Promise<RawPage | null> {
    if (!KEY_PATTERN.test(key)) return null;
    const [sidecarBytes, body] = await Promise.all([this.readObject(sidecarKeyOf(key)), this.readObject(key)]);
    if (!sidecarBytes || !body) return null;
    const sidecar = this.parseSidecar(sidecarBytes, key);
    return { url: sidecar.url, finalUrl: sidecar.finalUrl, fetchedAt: sidecar.fetchedAt, status: sidecar.status, headers: { ...sidecar.headers }, body };
  }

  async latest(url: string): Promise<RawPage | null> {
    let newest: string | null = null;
    for await (const key of this.bodyKeys(urlPrefix(url))) {
      if (newest === null || key > newest) newest = key;
    }
    return newest ? this.get(newest) : null;
  }

  /** Every archived body, oldest key order per URL prefix; `since` filters on the fetch time. */
  async *list(options: { since?: string } = {}): AsyncIterable<RawRef> {
    const since = options.since === undefined ? null : compactInstant(options.since);
    for await (const key of this.bodyKeys(RAW_PREFIX)) {
      const parts = rawRefFromS3Key(key);
      if (!parts) continue;
      if (since !== null && compactInstant(parts.fetchedAt) < since) continue;
      const ref = await this.refForKey(key);
      if (ref) yield ref;
    }
  }

  /** The URL's newest copy when its body has this hash, as a duplicate ref; else null. */
  private async newestWithBody(url: string, sha256: string): Promise<RawRef | null> {
    let newest: string | null = null;
    for await (const key of this.bodyKeys(urlPrefix(url))) {
      if (newest === null || key > newest) newest = key;
    }
    if (newest === null) return null;
    const sidecarBytes = await this.readObject(sidecarKeyOf(newest));
    if (!sidecarBytes) return null;
    const sidecar = this.parseSidecar(sidecarBytes, newest);
    let existing = sidecar.sha256;
    if (existing === undefined) {
      const body = await this.readObject(newest);
      existing = body ? sha256Hex(body) : undefined;
    }
    return existing === sha256 ? { key: newest, url: sidecar.url, fetchedAt: sidecar.fetchedAt, duplicate: true } : null;
  }

  /** The RawRef of an archived body key (e.g. from an S3 event), reading its sidecar for the URL. */
  async refForKey(key: string): Promise<RawRef | null> {
    if (!KEY_PATTERN.test(key)) return null;
    const bytes = await this.readObject(sidecarKeyOf(key));
    if (!bytes) return null;
    const sidecar = this.parseSidecar(bytes, key);
    return { key, url: sidecar.url, fetchedAt: sidecar.fetchedAt };
  }

  private async *bodyKeys(prefix: string): AsyncIterable<string> {
    let token: string | undefined;
    do {
      let page: ListObjectsV2CommandOutput;
      try {
        page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token, MaxKeys: this.listPageSize }));
      } catch (error) {
        throw mapS3Error(error, `list ${prefix}`);
      }
      for (const object of page.Contents ?? []) {
        if (object.Key && KEY_PATTERN.test(object.Key)) yield object.Key;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  private async readObject(key: string): Promise<Uint8Array | null> {
    try {
      const result = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!result.Body) return new Uint8Array();
      return await result.Body.transformToByteArray();
    } catch (error) {
      if (isNotFound(error)) return null;
      throw mapS3Error(error, `get ${key}`);
    }
  }

  private parseSidecar(bytes: Uint8Array, key: string): Sidecar {
    try {
      const value = JSON.parse(Buffer.from(bytes).toString('utf8')) as Sidecar;
      if (typeof value.url !== 'string' || typeof value.fetchedAt !== 'string') throw new Error('missing url or fetchedAt');
      return value;
    } catch (error) {
      throw new StoreUnavailableError(`S3 get ${key}: sidecar is unreadable (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
  }
}
