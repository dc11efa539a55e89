import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsRawArchive } from '../../shared/adapters/fs/fs-raw-archive.js';
import { urlHash } from '../../shared/domain/url.js';
import { describeRawArchiveContract } from './raw-archive.contract.js';

async function tempArchive(): Promise<{ archive: FsRawArchive; dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'raw-archive-'));
  return { archive: new FsRawArchive(dir), dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

describeRawArchiveContract('FsRawArchive', tempArchive);

describe('FsRawArchive specifics', () => {
  it('lays pages out as <urlHash>/<compact instant> with a JSON sidecar and no temp files left', async () => {
    const { archive, dir, cleanup } = await tempArchive();
    try {
      const url = 'https://news.example/a.html';
      const ref = await archive.put({ url, finalUrl: url, fetchedAt: '2026-03-14T10:20:30.456Z', status: 200, headers: {}, body: new Uint8Array([1, 2]) });
      expect(ref.key).toBe(`${urlHash(url)}/20260314T102030456Z`);
      expect((await readdir(path.join(dir, urlHash(url)))).sort()).toEqual(['20260314T102030456Z.body', '20260314T102030456Z.json']);
    } finally {
      await cleanup();
    }
  });

  it('finds the latest page under an equivalent (normalised) URL', async () => {
    const { archive, cleanup } = await tempArchive();
    try {
      const url = 'https://news.example/a.html';
      await archive.put({ url, finalUrl: url, fetchedAt: '2026-03-14T10:20:30.456Z', status: 200, headers: {}, body: new Uint8Array([7]) });
      expect((await archive.latest('https://NEWS.example/a.html?utm_source=x#top'))?.body).toEqual(new Uint8Array([7]));
    } finally {
      await cleanup();
    }
  });

  it('lists nothing (rather than failing) when the folder does not exist yet', async () => {
    const archive = new FsRawArchive(path.join(tmpdir(), `missing-archive-${process.pid}-${Date.now()}`));
    const refs = [];
    for await (const ref of archive.list()) refs.push(ref);
    expect(refs).toEqual([]);
    expect(await archive.latest('https://news.example/x')).toBeNull();
  });
});
