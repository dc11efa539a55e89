/**
 * A small corpus stored and indexed in a real SQLite file, shared by the API tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FsRawArchive } from '../../../shared/adapters/fs/fs-raw-archive.js';
import { toIndexDoc } from '../../../shared/domain/index-doc.js';
import type { ArticleRecord, Source } from '../../../shared/domain/model.js';
import { SqliteStore } from '../../../shared/adapters/sqlite/store.js';
import { createApi, type Api } from '../../../shared/api/api.js';
import { entityIdFor, makeRecord, makeUrlState, type MentionSpec } from '../../support/records.js';
import { openTempSqliteStore } from '../../support/temp-sqlite.js';

export const leyla = { type: 'person', name: 'Leyla Rəhimova', aliases: ['L. Rəhimova'] } as const satisfies MentionSpec;
export const agency = { type: 'organisation', name: 'Azerbaijan Film Agency', aliases: ['AFA'] } as const satisfies MentionSpec;
export const festival = { type: 'event', name: 'Baku Dubbing Festival' } as const satisfies MentionSpec;
export const ministry = { type: 'organisation', name: 'Ministry of Culture' } as const satisfies MentionSpec;
export const idOf = (spec: MentionSpec) => entityIdFor(spec.type, spec.name);

export function buildCorpus(): ArticleRecord[] {
  return [
    makeRecord({
      title: 'Film agency talks dubbing',
      text: 'Leyla Rəhimova of the Azerbaijan Film Agency spoke about dubbing foreign films into Azerbaijani.',
      outlet: 'outlet-a', language: 'en', publishedAt: '2024-02-10T09:00:00.000Z',
      mentions: [{ ...leyla, role: 'director', affiliation: agency.name }, agency],
    }),
    makeRecord({
      title: 'Dubbing festival announced',
      text: 'The Baku Dubbing Festival will show dubbed classics. The Ministry of Culture supports it.',
      outlet: 'outlet-b', language: 'en', publishedAt: '2024-05-20T09:00:00.000Z',
      mentions: [festival, ministry, agency],
    }),
    makeRecord({
      title: 'Dublyaj festivalı',
      text: 'Leyla Rəhimova festivalda çıxış etdi. <script>alert(1)</script>',
      outlet: 'outlet-c', language: 'az', publishedAt: '2025-01-05T09:00:00.000Z',
      mentions: [{ ...leyla, role: 'head of dubbing', affiliation: ministry.name }, festival],
    }),
  ];
}

/** Catalogue of the corpus: outlet-a and outlet-b are named sources, outlet-c is not. */
export const catalogue: readonly Source[] = [
  { id: 'outlet-a', name: 'Alpha Daily', site: 'https://alpha.example.org/', language: 'en', feeds: [], sitemaps: [], collections: ['en-language', 'newspapers'], verified: true },
  { id: 'outlet-b', name: 'Baku Culture Wire', site: 'https://wire.example.org/', language: 'en', feeds: [], sitemaps: [], collections: ['agencies'], verified: true },
  { id: 'outlet-z', name: 'Zeta Review', site: 'https://zeta.example.org/', language: 'az', feeds: [], sitemaps: [], collections: ['az-language'], verified: false },
];

/** The archived page of the first record (the others have none). */
export const ARCHIVED_HTML = '<!doctype html><html><head><meta charset="windows-1251"><script>parent.stolen = 1</script></head><body><h1>\xc4\xf3\xe1\xeb\xff\xe6</h1></body></html>';

export interface ApiFixture {
  readonly api: Api;
  readonly store: SqliteStore;
  readonly records: ArticleRecord[];
  readonly archive: FsRawArchive;
  cleanup(): Promise<void>;
}

export async function openApiFixture(): Promise<ApiFixture> {
  const { store, cleanup } = await openTempSqliteStore();
  const records = buildCorpus();
  for (const record of records) await store.putArticle(record);
  await store.index(records.map(toIndexDoc));
  await store.putUrlState(makeUrlState({ status: 'stored' }));
  await store.putUrlState(makeUrlState({ status: 'failed', reason: 'http-500' }));
  const rawDir = mkdtempSync(join(tmpdir(), 'culture-index-raw-'));
  const archive = new FsRawArchive(rawDir);
  const first = records[0]!.article;
  await archive.put({
    url: first.url,
    finalUrl: first.url,
    fetchedAt: '2024-02-10T10:00:00.000Z',
    status: 200,
    headers: { 'Content-Type': 'text/html; charset=windows-1251' },
    body: Buffer.from(ARCHIVED_HTML, 'latin1'),
  });
  const api = createApi({ store, index: store, urlStates: store, raw: archive, sources: catalogue, onError: () => {} });
  return {
    api,
    store,
    records,
    archive,
    async cleanup() {
      await cleanup();
      rmSync(rawDir, { recursive: true, force: true });
    },
  };
}
