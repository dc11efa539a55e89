/**
 * The AWS side of alerts: a saved search created through the api handler (an API Gateway event
 * with a base64 JSON body, no token: the authoriser guards writes there), articles in dynalite,
 * the alerts handler invoked as the schedule does — twice, as a retried invocation would be —
 * delivering to a loopback receiver and the notifier once, and the feed served by the api handler.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHandler } from '../../functions/api/handler.js';
import { createAlertsHandler } from '../../functions/alerts/handler.js';
import { buildDeps, type Deps } from '../../functions/config.js';
import { createTable } from '../../shared/adapters/dynamodb/create-table.js';
import { HttpWebhookSender } from '../../shared/adapters/http/webhook-sender.js';
import { toIndexDoc } from '../../shared/domain/index-doc.js';
import { parseFeed } from '../../shared/domain/discover/feed.js';
import type { SqliteStore } from '../../shared/adapters/sqlite/store.js';
import type { AlertNotifier } from '../../shared/ports/webhook-sender.js';
import { startDynalite, type RunningDynalite } from '../support/dynalite.js';
import { makeRecord } from '../support/records.js';
import { openTempSqliteStore } from '../support/temp-sqlite.js';
import { startWebhookReceiver, type RunningReceiver } from '../support/webhook-receiver.js';
import { apiEvent, lambdaContext, Recorder } from '../unit/functions/lambda-events.js';

const TABLE = 'culture-index-alerts';
let ddb: RunningDynalite;
let index: { store: SqliteStore; cleanup(): Promise<void> };
let receiver: RunningReceiver;
let deps: Deps;
const recorder = new Recorder();
const notes: { subject: string; text: string }[] = [];
const notifier: AlertNotifier = { notify: async (message) => void notes.push(message) };

beforeAll(async () => {
  [ddb, index, receiver] = await Promise.all([startDynalite(), openTempSqliteStore(), startWebhookReceiver()]);
  await createTable(ddb.rawClient, TABLE);
  deps = buildDeps({ TABLE_NAME: TABLE }, { dynamo: ddb.client, searchIndex: index.store, log: recorder.log, metrics: recorder.metrics });
});
afterAll(async () => {
  await Promise.all([ddb?.close(), index?.cleanup(), receiver?.close()]);
});

function postEvent(path: string, body: unknown) {
  const event = apiEvent('POST', path);
  return { ...event, routeKey: `POST ${path}`, body: Buffer.from(JSON.stringify(body)).toString('base64'), isBase64Encoded: true, headers: { ...event.headers, 'content-type': 'application/json' } };
}

describe('alerts on AWS (dynalite, loopback receiver)', () => {
  it('saves through the api handler, delivers once through the alerts handler, serves the feed', async () => {
    const api = createApiHandler(deps);
    const created = await api(postEvent('/saved-searches', { name: 'Dubbing', query: 'dubbing', webhook: { url: receiver.url, secret: 'aws-webhook-secret-1' } }), lambdaContext('api'));
    // The Lambda's API has no loopback opt-in: a loopback webhook is refused there.
    expect(created.statusCode).toBe(400);
    expect(created.body).toContain('https-required');
    const saved = await api(postEvent('/saved-searches', { name: 'Dubbing', query: 'dubbing' }), lambdaContext('api'));
    expect(saved.statusCode).toBe(201);
    const id = (JSON.parse(saved.body as string) as { id: string }).id;
    // A test-only receiver: set on the stored search directly (the API refuses loopback, as it should).
    const search = (await deps.savedSearches().getSavedSearch(id))!;
    await deps.savedSearches().putSavedSearch({ ...search, webhook: { url: receiver.url, secret: 'aws-webhook-secret-1' } });

    const fetchedAt = new Date(Date.now() + 1_000).toISOString();
    const records = [makeRecord({ title: 'Dubbing studio hires voices', fetchedAt }), makeRecord({ title: 'Museum night', fetchedAt })];
    for (const record of records) await deps.store().putArticle(record);
    await index.store.index(records.map(toIndexDoc));

    const alerts = createAlertsHandler(deps, { webhooks: new HttpWebhookSender({ loopbackPorts: [receiver.port] }), notifier });
    const first = await alerts({ trigger: 'schedule' }, lambdaContext('alerts'));
    expect(first.searches).toEqual([expect.objectContaining({ id, newMatches: 1, webhook: expect.objectContaining({ sent: 1, dead: 0 }) })]);
    const again = await alerts({ trigger: 'schedule' }, lambdaContext('alerts'));
    expect(again.searches[0]).toMatchObject({ newMatches: 0, webhook: { sent: 0 } });
    expect(receiver.verified('aws-webhook-secret-1').map((c) => c.json.articles.map((a) => a.title))).toEqual([['Dubbing studio hires voices']]);
    expect(notes).toEqual([{ subject: 'culture-index: 1 new for "Dubbing"', text: expect.stringContaining('Dubbing studio hires voices') }]);
    expect(recorder.counts.filter((c) => c.name === 'AlertMatches').map((c) => c.value)).toEqual([1, 0]);

    const feed = await api(apiEvent('GET', `/saved-searches/${id}/feed.atom`), lambdaContext('api'));
    expect(feed.statusCode).toBe(200);
    expect(feed.headers?.['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(parseFeed(feed.body as string, 'https://abc123.execute-api.eu-central-1.amazonaws.com/').entries.map((e) => e.title)).toEqual(['Dubbing studio hires voices']);
  });
});
