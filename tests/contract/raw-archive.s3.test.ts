/**
 * RawArchive on S3 (s3rver in-process): the port contract, plus what only the S3 adapter
 * promises — its key layout and sidecar, S3-event key parsing, and error mapping.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateBucketCommand, DeleteBucketCommand, DeleteObjectsCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { S3RawArchive, rawKeyFor, rawRefFromS3Key } from '../../shared/adapters/s3/s3-raw-archive.js';
import { StoreUnavailableError } from '../../shared/domain/errors.js';
import { urlHash } from '../../shared/domain/url.js';
import type { RawPage } from '../../shared/domain/model.js';
import { s3ClientFor, startS3rver, type RunningS3rver } from '../support/s3rver.js';
import { describeRawArchiveContract } from './raw-archive.contract.js';

let s3: RunningS3rver;
let buckets = 0;

beforeAll(async () => {
  s3 = await startS3rver();
});
afterAll(async () => {
  await s3?.close();
});

/** A fresh empty bucket, so tests never see each other's pages. */
async function freshArchive(): Promise<{ archive: S3RawArchive; bucket: string }> {
  buckets += 1;
  const bucket = `raw-test-${buckets}`;
  await s3.client.send(new CreateBucketCommand({ Bucket: bucket }));
  return { archive: new S3RawArchive({ client: s3.client, bucket }), bucket };
}

async function emptyBucket(bucket: string): Promise<void> {
  const listed = await s3.client.send(new ListObjectsV2Command({ Bucket: bucket }));
  const keys = (listed.Contents ?? []).map((o) => ({ Key: o.Key as string }));
  if (keys.length > 0) await s3.client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys } }));
  await s3.client.send(new DeleteBucketCommand({ Bucket: bucket }));
}

function page(url: string, fetchedAt: string, body = '<html><body>Teatr</body></html>', headers: Record<string, string> = {}): RawPage {
  return { url, finalUrl: url, fetchedAt, status: 200, headers: { 'content-type': 'text/html; charset=utf-8', ...headers }, body: new TextEncoder().encode(body) };
}

describeRawArchiveContract('S3 (s3rver)', async () => {
  const { archive, bucket } = await freshArchive();
  return { archive, cleanup: () => emptyBucket(bucket) };
});

describe('S3RawArchive specifics', () => {
  it('writes raw/<urlHash(url)>/<compact fetchedAt>.html with a JSON sidecar holding URL, status and headers', async () => {
    const { archive, bucket } = await freshArchive();
    const url = 'https://news.example.org/culture/opera?id=7';
    const bigHeaders = { 'set-cookie': 'x'.repeat(3_000), 'x-long': 'y'.repeat(2_000) }; // beyond S3's 2 KB metadata cap
    const ref = await archive.put(page(url, '2024-03-07T08:00:00.123Z', '<p>Opera</p>', bigHeaders));
    expect(ref).toEqual({ key: `raw/${urlHash(url)}/20240307T080000123Z.html`, url, fetchedAt: '2024-03-07T08:00:00.123Z' });
    const listed = await s3.client.send(new ListObjectsV2Command({ Bucket: bucket }));
    expect(listed.Contents?.map((o) => o.Key).sort()).toEqual([ref.key, ref.key.replace(/\.html$/, '.json')]);
    const sidecar = await s3.client.send(new GetObjectCommand({ Bucket: bucket, Key: ref.key.replace(/\.html$/, '.json') }));
    const json = JSON.parse(await sidecar.Body!.transformToString()) as Record<string, unknown>;
    expect(json).toMatchObject({ url, finalUrl: url, status: 200, fetchedAt: '2024-03-07T08:00:00.123Z' });
    expect((json['headers'] as Record<string, string>)['set-cookie']).toHaveLength(3_000);
    const head = await s3.client.send(new HeadObjectCommand({ Bucket: bucket, Key: ref.key }));
    expect(head.ContentType).toBe('text/html; charset=utf-8');
    expect((await archive.get(ref.key))?.headers['x-long']).toHaveLength(2_000);
  });

  it('keeps bodies byte for byte, including non-UTF-8 bytes', async () => {
    const { archive } = await freshArchive();
    const bytes = new Uint8Array([0xc7, 0xe0, 0xe3, 0xee, 0xeb, 0x00, 0xff, 0x80]); // windows-1251 text and odd bytes
    const raw: RawPage = { ...page('https://ru.example.org/a', '2024-03-07T08:00:00.000Z'), body: bytes };
    const ref = await archive.put(raw);
    expect(Buffer.from((await archive.get(ref.key))!.body)).toEqual(Buffer.from(bytes));
  });

  it('parses S3 event keys (URL-encoded) of bodies, and ignores sidecars and foreign keys', () => {
    const key = rawKeyFor({ url: 'https://news.example.org/a b', fetchedAt: '2024-03-07T08:00:00.123+02:00' });
    expect(key).toMatch(/^raw\/[0-9a-f]{64}\/20240307T060000123Z\.html$/);
    expect(rawRefFromS3Key(key)).toEqual({ key, urlHash: urlHash('https://news.example.org/a b'), fetchedAt: '2024-03-07T06:00:00.123Z' });
    expect(rawRefFromS3Key(encodeURIComponent(key).replace(/%2F/g, '/'))?.key).toBe(key);
    expect(rawRefFromS3Key(key.replace(/\.html$/, '.json'))).toBeNull();
    expect(rawRefFromS3Key('uploads/other.html')).toBeNull();
    expect(rawRefFromS3Key('%E0%A4%A')).toBeNull();
  });

  it('resolves the RawRef of an event key through the sidecar', async () => {
    const { archive } = await freshArchive();
    const ref = await archive.put(page('https://news.example.org/event', '2024-03-07T08:00:00.000Z'));
    expect(await archive.refForKey(rawRefFromS3Key(ref.key)!.key)).toEqual(ref);
    expect(await archive.refForKey(ref.key.replace('20240307', '20250307'))).toBeNull();
  });

  it('maps an unreachable S3 to StoreUnavailableError', async () => {
    const client = s3ClientFor('http://127.0.0.1:9');
    const archive = new S3RawArchive({ client, bucket: 'anything' });
    await expect(archive.put(page('https://news.example.org/x', '2024-03-07T08:00:00.000Z'))).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(archive.latest('https://news.example.org/x')).rejects.toBeInstanceOf(StoreUnavailableError);
    client.destroy();
  });

  it('maps a missing bucket to StoreUnavailableError, but a missing key to null', async () => {
    const missing = new S3RawArchive({ client: s3.client, bucket: 'no-such-bucket' });
    await expect(missing.put(page('https://news.example.org/x', '2024-03-07T08:00:00.000Z'))).rejects.toBeInstanceOf(StoreUnavailableError);
    const { archive } = await freshArchive();
    expect(await archive.get(rawKeyFor({ url: 'https://news.example.org/none', fetchedAt: '2024-03-07T08:00:00.000Z' }))).toBeNull();
    expect(await archive.get('not/a/raw/key')).toBeNull();
  });

  it('pages through more than one ListObjectsV2 page', async () => {
    const { bucket } = await freshArchive();
    // 3 keys per list call: 9 pages (18 objects with sidecars) need several continuation tokens.
    const archive = new S3RawArchive({ client: s3.client, bucket, listPageSize: 3 });
    const urls = ['https://news.example.org/paged-a', 'https://news.example.org/paged-b', 'https://news.example.org/paged-c'];
    for (const url of urls) {
      for (let i = 0; i < 3; i += 1) await archive.put(page(url, new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString(), `<p>${url} ${i}</p>`));
    }
    const refs: string[] = [];
    for await (const ref of archive.list()) refs.push(ref.key);
    expect(refs).toHaveLength(9);
    expect(new Set(refs).size).toBe(9);
    expect(new TextDecoder().decode((await archive.latest(urls[1]!))!.body)).toBe(`<p>${urls[1]} 2</p>`);
    const since: string[] = [];
    for await (const ref of archive.list({ since: '2024-01-01T00:00:02.000Z' })) since.push(ref.url);
    expect(since.sort()).toEqual(urls);
  });
});
