import { describe, expect, it } from 'vitest';
import { renderAtomFeed } from '../../../shared/domain/alerts/atom.js';
import { dueBatches, periodOf } from '../../../shared/domain/alerts/digest.js';
import { ReceiverRateLimit } from '../../../shared/domain/alerts/rate-limit.js';
import { checkNotEmpty, checkSavedQuery } from '../../../shared/domain/alerts/saved-search.js';
import { signPayload, verifySignature } from '../../../shared/domain/alerts/signature.js';
import { webhookTargetRefusal } from '../../../shared/domain/alerts/webhook-target.js';
import { parseFeed } from '../../../shared/domain/discover/feed.js';
import { ValidationError } from '../../../shared/domain/errors.js';
import { QuerySyntaxError } from '../../../shared/domain/search/query-error.js';
import { makeAlertArticle, makeDelivery, makeSavedSearch } from '../../support/alerts.js';

describe('webhook signatures', () => {
  const body = '{"type":"culture-index.alert","articles":[]}';
  const header = signPayload('a-shared-secret-of-length', body, 1_770_000_000);

  it('verify with the same secret, body and a fresh timestamp', () => {
    expect(header).toMatch(/^t=1770000000,v1=[0-9a-f]{64}$/);
    expect(verifySignature('a-shared-secret-of-length', body, header, 1_770_000_100)).toBe(true);
  });

  it('fail for another body, another secret, a stale timestamp or a mangled header', () => {
    expect(verifySignature('a-shared-secret-of-length', `${body} `, header, 1_770_000_000)).toBe(false);
    expect(verifySignature('another-secret-entirely', body, header, 1_770_000_000)).toBe(false);
    expect(verifySignature('a-shared-secret-of-length', body, header, 1_770_000_000 + 301)).toBe(false);
    expect(verifySignature('a-shared-secret-of-length', body, header.replace('t=1770000000', 't=1770000001'), 1_770_000_000)).toBe(false);
    expect(verifySignature('a-shared-secret-of-length', body, 'v1=zz', 1_770_000_000)).toBe(false);
  });
});

describe('digests', () => {
  it('cut UTC days and ISO weeks (Monday to Monday)', () => {
    expect(periodOf('2026-03-04T23:59:59.000Z', 'daily')).toEqual({ start: '2026-03-04T00:00:00.000Z', end: '2026-03-05T00:00:00.000Z' });
    // 2026-03-04 is a Wednesday; its week starts on Monday 2026-03-02. A Sunday belongs to the week before.
    expect(periodOf('2026-03-04T12:00:00.000Z', 'weekly')).toEqual({ start: '2026-03-02T00:00:00.000Z', end: '2026-03-09T00:00:00.000Z' });
    expect(periodOf('2026-03-08T23:00:00.000Z', 'weekly').start).toBe('2026-03-02T00:00:00.000Z');
  });

  it('one call per article without a digest; one per ended period with one, running periods held back', () => {
    const pending = [makeDelivery('s', 'a1', '2026-03-04T08:00:00.000Z', true), makeDelivery('s', 'a2', '2026-03-04T20:00:00.000Z', true), makeDelivery('s', 'a3', '2026-03-05T09:00:00.000Z', true)];
    const now = new Date('2026-03-05T10:00:00.000Z');
    expect(dueBatches('s', 'none', pending, now).map((b) => b.id)).toEqual(['s:a1', 's:a2', 's:a3']);
    const daily = dueBatches('s', 'daily', pending, now);
    expect(daily.map((b) => [b.id, b.deliveries.map((d) => d.article.id)])).toEqual([['s:daily:2026-03-04T00:00:00.000Z', ['a1', 'a2']]]);
    expect(dueBatches('s', 'weekly', pending, now)).toEqual([]);
    expect(dueBatches('s', 'weekly', pending, new Date('2026-03-09T00:00:00.000Z'))[0]!.deliveries).toHaveLength(3);
  });
});

describe('the Atom feed', () => {
  it('reads back with the project\'s own feed reader: every delivered article once, with its title and date', () => {
    const search = makeSavedSearch({ name: 'Dubbing & voices <all>' });
    const deliveries = [
      { ...makeDelivery(search.id, 'n2', '2026-03-03T10:00:00.000Z'), article: makeAlertArticle('n2', { title: 'Voices "in" <Azerbaijani>', publishedAt: '2026-03-03T07:30:00+04:00' }) },
      makeDelivery(search.id, 'n1', '2026-03-02T10:00:00.000Z'),
    ];
    const xml = renderAtomFeed(search, deliveries, 'http://127.0.0.1:8080/saved-searches/ss-dubbing/feed.atom');
    const parsed = parseFeed(xml, 'http://127.0.0.1:8080/');
    expect(parsed.format).toBe('atom');
    expect(parsed.problems).toEqual([]);
    expect(parsed.title).toBe('culture-index: Dubbing & voices <all>');
    expect(parsed.entries).toEqual([
      { url: 'https://news.example.org/n2', title: 'Voices "in" <Azerbaijani>', publishedAt: '2026-03-03T03:30:00.000Z' },
      { url: 'https://news.example.org/n1', title: 'Cartoon voices recorded anew (n1)', publishedAt: '2026-03-02T08:00:00.000Z' },
    ]);
    expect(xml.match(/<id>tag:culture-index,2026-03-01:saved-search\/ss-dubbing\/n\d<\/id>/g)).toHaveLength(2);
  });

  it('drops characters XML cannot carry instead of producing a broken feed', () => {
    const xml = renderAtomFeed(makeSavedSearch(), [{ ...makeDelivery('ss-dubbing', 'x', '2026-03-02T10:00:00.000Z'), article: makeAlertArticle('x', { title: 'bell\u0007 and nul\u0000' }) }], 'http://h/f');
    expect(parseFeed(xml, 'http://h/').entries[0]!.title).toBe('bell and nul');
  });
});

describe('saved search validation', () => {
  it('reports bad query syntax with the parser\'s position and hint', () => {
    const error = (() => {
      try {
        checkSavedQuery('dubbing AND (museum');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(QuerySyntaxError);
    expect((error as QuerySyntaxError).position).toBeGreaterThanOrEqual(0);
  });

  it('refuses a search with neither query nor filters (it would alert on everything)', () => {
    expect(() => checkNotEmpty('  ', {})).toThrow(ValidationError);
    expect(() => checkNotEmpty('', { outlets: [] })).toThrow(ValidationError);
    expect(() => checkNotEmpty('', { languages: ['az'] })).not.toThrow();
  });
});

describe('webhook targets', () => {
  const none = new Set<number>();
  it.each([
    ['http://hooks.example.org/x', 'https-required'],
    ['ftp://hooks.example.org/x', 'https-required'],
    ['https://user:pw@hooks.example.org/x', 'credentials-in-url'],
    ['https://127.0.0.1/x', 'forbidden-address'],
    ['https://10.1.2.3/x', 'forbidden-address'],
    ['https://192.168.0.10/x', 'forbidden-address'],
    ['https://169.254.169.254/latest/meta-data', 'forbidden-address'],
    ['https://[::1]/x', 'forbidden-address'],
    ['https://[fd00:ec2::254]/x', 'forbidden-address'],
    ['not a url', 'invalid-url'],
  ])('refuses %s (%s)', (url, reason) => {
    expect(webhookTargetRefusal(url, none)).toBe(reason);
  });

  it('accepts public https, and loopback http only on a port a test opted into', () => {
    expect(webhookTargetRefusal('https://hooks.example.org/culture-index', none)).toBeNull();
    expect(webhookTargetRefusal('https://93.184.216.34/x', none)).toBeNull();
    expect(webhookTargetRefusal('http://127.0.0.1:4567/hook', new Set([4567]))).toBeNull();
    expect(webhookTargetRefusal('http://127.0.0.1:4568/hook', new Set([4567]))).toBe('https-required');
    expect(webhookTargetRefusal('http://10.0.0.1:4567/hook', new Set([4567]))).toBe('https-required');
  });
});

describe('receiver rate limit', () => {
  it('allows `limit` calls per window per receiver and says when the next slot frees', () => {
    const limit = new ReceiverRateLimit(2, 60_000);
    expect(limit.take('https://a', 0)).toEqual({ ok: true });
    expect(limit.take('https://a', 1_000)).toEqual({ ok: true });
    expect(limit.take('https://a', 2_000)).toEqual({ ok: false, freeAtMs: 60_000 });
    expect(limit.take('https://b', 2_000)).toEqual({ ok: true });
    expect(limit.take('https://a', 60_001)).toEqual({ ok: true });
  });
});
