/**
 * A small corpus stored and indexed in a real SQLite file, shared by the API tests.
 */
import { toIndexDoc } from '../../../shared/domain/index-doc.js';
import type { ArticleRecord } from '../../../shared/domain/model.js';
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

export interface ApiFixture {
  readonly api: Api;
  readonly store: SqliteStore;
  readonly records: ArticleRecord[];
  cleanup(): Promise<void>;
}

export async function openApiFixture(): Promise<ApiFixture> {
  const { store, cleanup } = await openTempSqliteStore();
  const records = buildCorpus();
  for (const record of records) await store.putArticle(record);
  await store.index(records.map(toIndexDoc));
  await store.putUrlState(makeUrlState({ status: 'stored' }));
  await store.putUrlState(makeUrlState({ status: 'failed', reason: 'http-500' }));
  const api = createApi({ store, index: store, urlStates: store, onError: () => {} });
  return { api, store, records, cleanup };
}
