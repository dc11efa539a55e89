import type { DiscoverReport } from '../../../shared/pipeline/discover-step.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTable } from '../../../shared/adapters/dynamodb/create-table.js';
import { DynamoUrlStateStore } from '../../../shared/adapters/dynamodb/url-state-store.js';
import { MemoryQueue } from '../../../shared/adapters/memory/queue.js';
import { ValidationError } from '../../../shared/domain/errors.js';
import type { Source } from '../../../shared/domain/model.js';
import type { FetchMessage } from '../../../shared/ports/queue.js';
import { buildDeps, type Env } from '../../../functions/config.js';
import { createDiscoverHandler, selectSources } from '../../../functions/discover/handler.js';
import { loadSources } from '../../../functions/sources.js';
import { startDynalite, type RunningDynalite } from '../../support/dynalite.js';
import { startNewsSite, type NewsSite } from '../../support/news-site.js';
import { lambdaContext, Recorder } from './lambda-events.js';
import { LOOPBACK_FETCH_ENV } from '../../support/records.js';

const TABLE = 'discover-handler-test';

describe('discover handler (schedule → feeds/sitemaps → fetch queue)', () => {
  let ddb: RunningDynalite;
  let site: NewsSite;
  let env: Env;
  let fixtureSource: Source;

  beforeAll(async () => {
    [ddb, site] = await Promise.all([startDynalite(), startNewsSite()]);
    await createTable(ddb.rawClient, TABLE);
    env = { TABLE_NAME: TABLE, ...LOOPBACK_FETCH_ENV };
    fixtureSource = {
      id: 'fixture',
      name: 'Fixture News',
      site: `${site.baseUrl}/`,
      language: 'en',
      feeds: [site.url('/feeds/rss.xml'), site.url('/feeds/broken.xml')],
      sitemaps: [site.url('/sitemap.xml')],
      collections: [],
      verified: true,
    };
  });

  afterAll(async () => {
    await Promise.all([ddb?.close(), site?.close()]);
  });

  it('queues every article URL once, marks it pending, and reports unreadable feeds as problems', async () => {
    const recorder = new Recorder();
    const queue = new MemoryQueue<FetchMessage>();
    const handler = createDiscoverHandler(
      buildDeps(env, { dynamo: ddb.client, fetchQueue: queue, sources: [fixtureSource], log: recorder.log, metrics: recorder.metrics }),
    );

    const report = (await handler({ trigger: 'schedule' }, lambdaContext('discover'))) as DiscoverReport;

    const messages = queue.drain();
    const articleUrls = site.articles.map((article) => article.url).sort();
    expect(report.sources).toBe(1);
    expect(report.enqueued).toBe(messages.length);
    expect([...new Set(messages.map((m) => m.url))].sort()).toEqual(articleUrls);
    expect(messages.length).toBe(articleUrls.length);
    for (const m of messages) {
      expect(m.sourceId).toBe('fixture');
      expect(m.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(report.problems.some((problem) => problem.reason.includes('/feeds/broken.xml'))).toBe(true);
    expect(recorder.lines.some((line) => line.level === 'warn' && line.message === 'discovery problem')).toBe(true);

    const states = new DynamoUrlStateStore({ client: ddb.client, tableName: TABLE });
    expect(await states.getUrlState(articleUrls[0]!)).toMatchObject({ status: 'pending', sourceId: 'fixture' });
    expect(recorder.total('UrlsEnqueued')).toBe(messages.length);
    expect(recorder.flushes).toBe(1);
  });

  it('narrows a manual run to the named sources and logs ids it does not know', async () => {
    const recorder = new Recorder();
    const queue = new MemoryQueue<FetchMessage>();
    const handler = createDiscoverHandler(buildDeps(env, { dynamo: ddb.client, fetchQueue: queue, sources: [fixtureSource], log: recorder.log, metrics: recorder.metrics }));

    const report = await handler({ sourceIds: ['nope'] });

    expect(report).toEqual({ sources: 0, urlsFound: 0, enqueued: 0, problems: [] });
    expect(queue.size).toBe(0);
    expect(recorder.lines.find((line) => line.message === 'unknown source ids ignored')?.extra['unknown']).toEqual(['nope']);
  });

  it('selects sources by id, all of them for an empty or missing list', () => {
    const other: Source = { ...fixtureSource, id: 'other' };
    expect(selectSources([fixtureSource, other], undefined).sources.map((s) => s.id)).toEqual(['fixture', 'other']);
    expect(selectSources([fixtureSource, other], { sourceIds: [] }).sources).toHaveLength(2);
    expect(selectSources([fixtureSource, other], { sourceIds: ['other', 'x'] })).toEqual({ sources: [other], unknown: ['x'] });
  });

  it('bundles the repository catalogue and accepts a file path or inline JSON in SOURCES_FILE', () => {
    const bundled = loadSources(undefined);
    expect(bundled.length).toBeGreaterThan(0);
    expect(new Set(bundled.map((source) => source.id)).size).toBe(bundled.length);
    expect(loadSources(JSON.stringify([fixtureSource]))).toEqual([fixtureSource]);
    expect(() => loadSources('[{"id":"Bad Id"}]')).toThrow(ValidationError);
    expect(() => loadSources('/no/such/catalogue.json')).toThrow(/ENOENT/);
  });
});
