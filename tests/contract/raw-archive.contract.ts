/**
 * The RawArchive contract, run against every adapter (files here; S3 in its own runner).
 * Assumes nothing about storage: only the port's behaviour.
 */
import { describe, expect, it } from 'vitest';
import type { RawPage } from '../../shared/domain/model.js';
import type { RawArchive } from '../../shared/ports/raw-archive.js';

export interface RawArchiveFixture {
  readonly archive: RawArchive;
  readonly cleanup: () => Promise<void>;
}

function page(url: string, fetchedAt: string, body: string | Uint8Array, extra: Partial<RawPage> = {}): RawPage {
  return {
    url,
    finalUrl: url,
    fetchedAt,
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', etag: '"abc"' },
    body: typeof body === 'string' ? new TextEncoder().encode(body) : body,
    ...extra,
  };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function expectSamePage(actual: RawPage | null, expected: RawPage): void {
  expect(actual).not.toBeNull();
  if (actual === null) return;
  expect(actual.url).toBe(expected.url);
  expect(actual.finalUrl).toBe(expected.finalUrl);
  expect(actual.status).toBe(expected.status);
  expect(new Date(actual.fetchedAt).getTime()).toBe(new Date(expected.fetchedAt).getTime());
  expect(actual.headers).toEqual(expected.headers);
  expect(Buffer.from(actual.body).equals(Buffer.from(expected.body))).toBe(true);
}

export function describeRawArchiveContract(name: string, makeArchive: () => Promise<RawArchiveFixture>): void {
  describe(`RawArchive contract: ${name}`, () => {
    const withArchive = async (test: (archive: RawArchive) => Promise<void>): Promise<void> => {
      const { archive, cleanup } = await makeArchive();
      try {
        await test(archive);
      } finally {
        await cleanup();
      }
    };

    it('returns what was put, byte for byte, by the returned key', () =>
      withArchive(async (archive) => {
        const stored = page('https://news.example/culture/1.html', '2026-03-14T10:00:00.000Z', '<html><p>Muğam və caz — Баку</p></html>', {
          finalUrl: 'https://news.example/culture/1.html?amp=0',
          status: 203,
          headers: { 'content-type': 'text/html; charset=windows-1251', 'last-modified': 'Sat, 14 Mar 2026 08:00:00 GMT', 'x-empty': '' },
        });
        const ref = await archive.put(stored);
        expect(ref.url).toBe(stored.url);
        expect(new Date(ref.fetchedAt).getTime()).toBe(new Date(stored.fetchedAt).getTime());
        expect(typeof ref.key).toBe('string');
        expectSamePage(await archive.get(ref.key), stored);
      }));

    it('keeps arbitrary binary bodies and empty bodies intact', () =>
      withArchive(async (archive) => {
        const allBytes = new Uint8Array(256 * 4).map((_, i) => i % 256);
        const binary = page('https://news.example/bin', '2026-03-14T10:00:00.000Z', allBytes);
        const empty = page('https://news.example/empty', '2026-03-14T10:00:00.000Z', new Uint8Array(0));
        expectSamePage(await archive.get((await archive.put(binary)).key), binary);
        expectSamePage(await archive.get((await archive.put(empty)).key), empty);
      }));

    it('returns null for a key it never issued', () =>
      withArchive(async (archive) => {
        expect(await archive.get('no-such-key')).toBeNull();
        expect(await archive.get('../../etc/passwd')).toBeNull();
        const ref = await archive.put(page('https://news.example/a', '2026-03-14T10:00:00.000Z', 'a'));
        expect(await archive.get(`${ref.key}x`)).toBeNull();
      }));

    it('storing the same page twice is harmless: same key, one listing', () =>
      withArchive(async (archive) => {
        const stored = page('https://news.example/twice', '2026-03-14T10:00:00.000Z', 'same');
        const first = await archive.put(stored);
        const second = await archive.put(stored);
        expect(second.key).toBe(first.key);
        const listed = (await collect(archive.list())).filter((r) => r.url === stored.url);
        expect(listed).toHaveLength(1);
        expectSamePage(await archive.get(first.key), stored);
      }));

    it('keeps one copy per content: a re-fetch with the same bytes adds nothing, a change is kept (issue 11)', () =>
      withArchive(async (archive) => {
        const url = 'https://news.example/refetched';
        const first = await archive.put(page(url, '2026-03-14T10:00:00.000Z', 'same body'));
        expect(first.duplicate).toBeFalsy();
        const again = await archive.put(page(url, '2026-03-15T10:00:00.000Z', 'same body'));
        expect(again).toMatchObject({ key: first.key, duplicate: true });
        expect((await collect(archive.list())).filter((r) => r.url === url)).toHaveLength(1);
        const changed = await archive.put(page(url, '2026-03-16T10:00:00.000Z', 'new body'));
        expect(changed.key).not.toBe(first.key);
        const back = await archive.put(page(url, '2026-03-17T10:00:00.000Z', 'same body'));
        expect(back.key).not.toBe(first.key); // the newest copy differs: this is a new version
        expect((await collect(archive.list())).filter((r) => r.url === url)).toHaveLength(3);
      }));

    it('latest(url) returns the newest fetch of that URL, null for unknown URLs', () =>
      withArchive(async (archive) => {
        const url = 'https://news.example/changing';
        const older = page(url, '2026-03-10T10:00:00.000Z', 'version 1');
        const newest = page(url, '2026-03-12T10:00:00.000Z', 'version 3');
        const middle = page(url, '2026-03-11T10:00:00.000Z', 'version 2');
        await archive.put(older);
        await archive.put(newest);
        await archive.put(middle); // Put order must not matter.
        await archive.put(page('https://news.example/other', '2026-03-13T10:00:00.000Z', 'other'));
        expectSamePage(await archive.latest(url), newest);
        expect(await archive.latest('https://news.example/never-seen')).toBeNull();
      }));

    it('lists every archived page, and only those since an instant when asked', () =>
      withArchive(async (archive) => {
        expect(await collect(archive.list())).toEqual([]);
        const refs = await Promise.all([
          archive.put(page('https://news.example/l1', '2026-03-01T00:00:00.000Z', '1')),
          archive.put(page('https://news.example/l2', '2026-03-05T00:00:00.000Z', '2')),
          archive.put(page('https://news.example/l3', '2026-03-09T00:00:00.000Z', '3')),
          archive.put(page('https://news.example/l1', '2026-03-09T12:00:00.000Z', '1b')),
        ]);
        const all = await collect(archive.list());
        expect(all.map((r) => r.key).sort()).toEqual(refs.map((r) => r.key).sort());
        const since = await collect(archive.list({ since: '2026-03-05T00:00:00.000Z' }));
        expect(since.map((r) => `${r.url}@${new Date(r.fetchedAt).toISOString()}`).sort()).toEqual([
          'https://news.example/l1@2026-03-09T12:00:00.000Z',
          'https://news.example/l2@2026-03-05T00:00:00.000Z',
          'https://news.example/l3@2026-03-09T00:00:00.000Z',
        ]);
        for (const ref of since) expect(await archive.get(ref.key)).not.toBeNull();
      }));

    it('keeps distinct URLs apart even when fetched at the same instant', () =>
      withArchive(async (archive) => {
        const at = '2026-03-14T10:00:00.000Z';
        const pages = Array.from({ length: 8 }, (_, i) => page(`https://news.example/p/${i}?q=${i}`, at, `body ${i}`));
        const refs = await Promise.all(pages.map((p) => archive.put(p)));
        expect(new Set(refs.map((r) => r.key)).size).toBe(pages.length);
        for (const [i, ref] of refs.entries()) expectSamePage(await archive.get(ref.key), pages[i] as RawPage);
      }));
  });
}
