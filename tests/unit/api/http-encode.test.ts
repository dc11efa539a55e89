import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, encodeResponse, etagOf, ifNoneMatchHits } from '../../../shared/api/http-encode.js';

const big = { items: Array.from({ length: 200 }, (_, i) => ({ id: `item-${i}`, title: 'Baku dubbing festival' })) };
const ok = (body: unknown) => ({ status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body });

describe('response encoding', () => {
  it('picks brotli, then gzip, honouring q=0 and *', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
    expect(chooseEncoding('*;q=0.5')).toBe('br');
    expect(chooseEncoding('identity')).toBe('identity');
    expect(chooseEncoding(undefined)).toBe('identity');
  });

  it('compresses large bodies the client accepts, and leaves small ones alone', () => {
    const gzip = encodeResponse(ok(big), { method: 'GET', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.body!).toString('utf8'))).toEqual(big);
    expect(Number(gzip.headers['content-length'])).toBe(gzip.body!.length);
    const br = encodeResponse(ok(big), { method: 'GET', headers: { 'accept-encoding': 'br' } });
    expect(JSON.parse(brotliDecompressSync(br.body!).toString('utf8'))).toEqual(big);
    expect(br.headers['vary']).toBe('accept-encoding');
    const small = encodeResponse(ok({ status: 'ok' }), { method: 'GET', headers: { 'accept-encoding': 'gzip' } });
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('gives one ETag per body whatever the encoding, and 304 when the client has it', () => {
    const plain = encodeResponse(ok(big), { method: 'GET' });
    const gzip = encodeResponse(ok(big), { method: 'GET', headers: { 'accept-encoding': 'gzip' } });
    expect(plain.headers['etag']).toMatch(/^W\/"[\w-]+"$/);
    expect(gzip.headers['etag']).toBe(plain.headers['etag']);
    expect(encodeResponse(ok({ other: 1 }), { method: 'GET' }).headers['etag']).not.toBe(plain.headers['etag']);
    const again = encodeResponse(ok(big), { method: 'GET', headers: { 'if-none-match': `"zzz", ${plain.headers['etag']!}` } });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
    expect(again.headers['etag']).toBe(plain.headers['etag']);
  });

  it('compares tags weakly and knows *', () => {
    const tag = etagOf('x');
    expect(ifNoneMatchHits(tag.replace(/^W\//, ''), tag)).toBe(true);
    expect(ifNoneMatchHits('*', tag)).toBe(true);
    expect(ifNoneMatchHits('W/"other"', tag)).toBe(false);
    expect(ifNoneMatchHits(undefined, tag)).toBe(false);
  });

  it('sends no ETag with errors and no body with HEAD', () => {
    expect(encodeResponse({ status: 400, headers: {}, body: { error: {} } }, { method: 'GET' }).headers['etag']).toBeUndefined();
    const head = encodeResponse(ok(big), { method: 'HEAD' });
    expect(head.body).toBeNull();
    expect(Number(head.headers['content-length'])).toBeGreaterThan(1000);
  });
});
