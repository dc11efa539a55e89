/** The webhook sender against real loopback receivers: it delivers, and refuses what the SSRF guard forbids. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpWebhookSender } from '../../shared/adapters/http/webhook-sender.js';
import { startWebhookReceiver, type RunningReceiver } from '../support/webhook-receiver.js';

const call = (url: string, body = '{"hello":"receiver"}') => ({ url, body, headers: { 'content-type': 'application/json' } });

describe('HttpWebhookSender', () => {
  let receiver: RunningReceiver;
  let other: RunningReceiver;
  beforeEach(async () => {
    receiver = await startWebhookReceiver();
    other = await startWebhookReceiver();
  });
  afterEach(async () => {
    await receiver.close();
    await other.close();
  });

  it('POSTs the body and headers to an opted-in loopback receiver', async () => {
    const sender = new HttpWebhookSender({ loopbackPorts: [receiver.port] });
    expect(await sender.post(call(receiver.url))).toEqual({ ok: true, status: 200 });
    expect(receiver.calls).toHaveLength(1);
    expect(receiver.calls[0]!.body).toBe('{"hello":"receiver"}');
    expect(receiver.calls[0]!.headers['content-type']).toBe('application/json');
  });

  it('refuses loopback without the opt-in (plain http, and https to 127.0.0.1) without connecting', async () => {
    const sender = new HttpWebhookSender();
    expect(await sender.post(call(receiver.url))).toMatchObject({ ok: false, reason: 'https-required', retryable: false });
    expect(await sender.post(call(`https://127.0.0.1:${receiver.port}/hook`))).toMatchObject({ ok: false, reason: 'forbidden-address', retryable: false });
    expect(receiver.calls).toHaveLength(0);
  });

  it('refuses a name that resolves to loopback at connect time', async () => {
    // "localhost" is a name: only the guarded DNS lookup can see that it is 127.0.0.1.
    const sender = new HttpWebhookSender({ loopbackPorts: [other.port] });
    expect(await sender.post(call(`https://localhost:${receiver.port}/hook`))).toMatchObject({ ok: false, reason: 'forbidden-address', retryable: false });
    expect(receiver.calls).toHaveLength(0);
  });

  it('re-checks every redirect: a 307 to a port nobody opted into is refused, to an allowed one followed', async () => {
    const sender = new HttpWebhookSender({ loopbackPorts: [receiver.port] });
    receiver.script({ status: 307, headers: { location: other.url } });
    expect(await sender.post(call(receiver.url))).toMatchObject({ ok: false, reason: 'https-required', retryable: false });
    expect(other.calls).toHaveLength(0);
    receiver.script({ status: 308, headers: { location: '/moved' } });
    expect(await sender.post(call(receiver.url))).toEqual({ ok: true, status: 200 });
    expect(receiver.calls.map((c) => c.path)).toEqual(['/hook', '/hook', '/moved']);
  });

  it('does not follow redirects that would turn the POST into a GET', async () => {
    const sender = new HttpWebhookSender({ loopbackPorts: [receiver.port] });
    receiver.script({ status: 302, headers: { location: '/elsewhere' } });
    expect(await sender.post(call(receiver.url))).toMatchObject({ ok: false, reason: 'redirect-302-not-followed', retryable: false });
  });

  it('reports receiver failures as retryable or not, with Retry-After', async () => {
    const sender = new HttpWebhookSender({ loopbackPorts: [receiver.port] });
    receiver.script({ status: 503, headers: { 'retry-after': '7' } }, { status: 404 }, { status: 429 });
    expect(await sender.post(call(receiver.url))).toEqual({ ok: false, reason: 'http-503', retryable: true, retryAfterMs: 7_000 });
    expect(await sender.post(call(receiver.url))).toMatchObject({ ok: false, reason: 'http-404', retryable: false });
    expect(await sender.post(call(receiver.url))).toMatchObject({ ok: false, reason: 'http-429', retryable: true });
  });

  it('refuses a payload over the cap before connecting', async () => {
    const sender = new HttpWebhookSender({ loopbackPorts: [receiver.port], maxPayloadBytes: 100 });
    expect(await sender.post(call(receiver.url, 'x'.repeat(101)))).toMatchObject({ ok: false, reason: 'payload-too-large', retryable: false });
    expect(receiver.calls).toHaveLength(0);
  });

  it('reports a receiver that is not there as a retryable network failure', async () => {
    const port = other.port;
    await other.close();
    const sender = new HttpWebhookSender({ loopbackPorts: [port] });
    expect(await sender.post(call(`http://127.0.0.1:${port}/hook`))).toMatchObject({ ok: false, reason: 'network-refused', retryable: true });
  });
});
