import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeps, ConfigurationError, DEFAULT_USER_AGENT, readConfig } from '../../../functions/config.js';
import { startNewsSite, type NewsSite } from '../../support/news-site.js';

describe('functions/config', () => {
  let site: NewsSite;

  beforeAll(async () => {
    site = await startNewsSite();
  });

  afterAll(async () => {
    await site?.close();
  });

  it('reads the Lambda environment with safe defaults', () => {
    expect(readConfig({})).toEqual({
      tableName: undefined,
      rawBucket: undefined,
      fetchQueueUrl: undefined,
      openSearchEndpoint: undefined,
      openSearchIndexPrefix: 'culture-index',
      openSearchReplicas: undefined,
      sourcesFile: undefined,
      userAgent: DEFAULT_USER_AGENT,
      serviceName: 'culture-index',
      metricsNamespace: 'CultureIndex',
      region: undefined,
      allowLoopback: false,
      perHostDelayMs: undefined,
      unsafeNoDelay: false,
      entityOverridesJson: undefined,
    });
    expect(
      readConfig({ TABLE_NAME: 't', RAW_BUCKET: 'b', AWS_REGION: 'eu-west-1', FETCH_PER_HOST_DELAY_MS: '250', FETCH_ALLOW_LOOPBACK: 'yes', OPENSEARCH_INDEX_PREFIX: 'ci' }),
    ).toMatchObject({ tableName: 't', rawBucket: 'b', region: 'eu-west-1', perHostDelayMs: 250, allowLoopback: false, openSearchIndexPrefix: 'ci' });
  });

  it('refuses a numeric setting that is not a number in range, naming the variable (issue 11)', () => {
    for (const bad of ['abc', '-5', '1.5', '1e3', ' ']) {
      expect(() => readConfig({ FETCH_PER_HOST_DELAY_MS: bad }), bad).toThrow(ConfigurationError);
      expect(() => readConfig({ FETCH_PER_HOST_DELAY_MS: bad }), bad).toThrow(/FETCH_PER_HOST_DELAY_MS/);
    }
    expect(() => readConfig({ OPENSEARCH_REPLICAS: 'two' })).toThrow(/OPENSEARCH_REPLICAS/);
    expect(readConfig({ FETCH_PER_HOST_DELAY_MS: '1500', OPENSEARCH_REPLICAS: '1' })).toMatchObject({ perHostDelayMs: 1500, openSearchReplicas: 1 });
  });

  it('builds each client lazily and once, and names the missing variable on first use', () => {
    const deps = buildDeps({ AWS_REGION: 'eu-central-1', TABLE_NAME: 'culture-index' });
    expect(deps.store()).toBe(deps.store());
    expect(deps.urlStates()).toBe(deps.urlStates());
    expect(() => deps.archive()).toThrow(ConfigurationError);
    expect(() => deps.archive()).toThrow(/RAW_BUCKET/);
    expect(() => deps.fetchQueue()).toThrow(/FETCH_QUEUE_URL/);
    expect(() => buildDeps({}).store()).toThrow(/TABLE_NAME/);
  });

  it('keeps the SSRF guard on unless a test opts in to loopback', async () => {
    const url = site.articles[0]!.url;
    const production = await buildDeps({ FETCH_PER_HOST_DELAY_MS: '0', FETCH_UNSAFE_NO_DELAY: 'true' }).fetcher().fetch({ url });
    expect(production.kind).not.toBe('ok');
    const test = await buildDeps({ FETCH_PER_HOST_DELAY_MS: '0', FETCH_UNSAFE_NO_DELAY: 'true', FETCH_ALLOW_LOOPBACK: 'true' }).fetcher().fetch({ url });
    expect(test.kind).toBe('ok');
  });
});
