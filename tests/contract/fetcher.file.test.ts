import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FileFetcher, listHtmlFiles } from '../../shared/adapters/fs/file-fetcher.js';
import { describeFetcherContract } from './fetcher.contract.js';

const ARTICLE = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Muğam axşamı</title></head><body><p>Filarmoniyada muğam axşamı.</p></body></html>';

describeFetcherContract('FileFetcher over a temp folder', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'file-fetcher-'));
  await writeFile(path.join(dir, 'article.html'), ARTICLE);
  await writeFile(path.join(dir, 'feed.xml'), '<?xml version="1.0"?><rss><channel/></rss>');
  return {
    fetcher: new FileFetcher({ root: dir }),
    okUrl: pathToFileURL(path.join(dir, 'article.html')).href,
    okBody: new TextEncoder().encode(ARTICLE),
    missingUrl: pathToFileURL(path.join(dir, 'missing.html')).href,
    feedUrl: pathToFileURL(path.join(dir, 'feed.xml')).href,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
});

describe('FileFetcher specifics', () => {
  it('accepts plain paths, caps size, refuses escapes from its root and reports folders', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'file-fetcher-'));
    const outside = await mkdtemp(path.join(tmpdir(), 'file-outside-'));
    try {
      await writeFile(path.join(dir, 'small.html'), '<p>x</p>');
      await writeFile(path.join(dir, 'big.html'), 'x'.repeat(2048));
      await writeFile(path.join(outside, 'secret.html'), '<p>secret</p>');
      await symlink(path.join(outside, 'secret.html'), path.join(dir, 'link.html'));
      const fetcher = new FileFetcher({ root: dir, maxBytes: 1024 });
      const plain = await fetcher.fetch({ url: path.join(dir, 'small.html') });
      expect(plain.kind).toBe('ok');
      if (plain.kind === 'ok') expect(plain.page.finalUrl).toMatch(/^file:\/\//);
      expect(await fetcher.fetch({ url: path.join(dir, 'big.html') })).toMatchObject({ kind: 'skipped', reason: 'too-large' });
      expect(await fetcher.fetch({ url: path.join(outside, 'secret.html') })).toMatchObject({ kind: 'skipped', reason: 'outside-root' });
      expect(await fetcher.fetch({ url: path.join(dir, 'link.html') })).toMatchObject({ kind: 'skipped', reason: 'outside-root' });
      expect(await fetcher.fetch({ url: path.join(dir, '..', path.basename(outside), 'secret.html') })).toMatchObject({ kind: 'skipped', reason: 'outside-root' });
      expect(await fetcher.fetch({ url: dir })).toMatchObject({ kind: 'failed', reason: 'not-a-file', retryable: false });
      expect(await fetcher.fetch({ url: 'https://example.org/x.html' })).toMatchObject({ kind: 'failed', reason: 'invalid-url' });
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('lists HTML files recursively, sorted, skipping hidden entries and other types', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'html-folder-'));
    try {
      await mkdir(path.join(dir, 'b', 'deeper'), { recursive: true });
      await mkdir(path.join(dir, '.git'));
      await writeFile(path.join(dir, 'a.html'), '');
      await writeFile(path.join(dir, 'b', 'c.HTM'), '');
      await writeFile(path.join(dir, 'b', 'deeper', 'd.html'), '');
      await writeFile(path.join(dir, 'notes.txt'), '');
      await writeFile(path.join(dir, '.hidden.html'), '');
      await writeFile(path.join(dir, '.git', 'x.html'), '');
      expect(await listHtmlFiles(dir)).toEqual([
        path.join(dir, 'a.html'),
        path.join(dir, 'b', 'c.HTM'),
        path.join(dir, 'b', 'deeper', 'd.html'),
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('lists a path naming one file as that file, whatever its extension', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'html-file-'));
    try {
      await writeFile(path.join(dir, 'one.html'), '<p>x</p>');
      await writeFile(path.join(dir, 'notes.txt'), 'x');
      expect(await listHtmlFiles(path.join(dir, 'one.html'))).toEqual([path.join(dir, 'one.html')]);
      expect(await listHtmlFiles(path.join(dir, 'notes.txt'))).toEqual([path.join(dir, 'notes.txt')]);
      await expect(listHtmlFiles(path.join(dir, 'missing.html'))).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
