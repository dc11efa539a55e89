import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../shared/domain/decode.js';

const page = (charsetMeta: string, body: string): string => `<html><head>${charsetMeta}</head><body>${body}</body></html>`;

describe('decodeHtml', () => {
  it('defaults to utf-8', () => {
    expect(decodeHtml(Buffer.from(page('', 'Şuşa gecəsi'), 'utf8'))).toEqual({ text: page('', 'Şuşa gecəsi'), charset: 'utf-8' });
  });

  it('honours a byte-order mark over everything else', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ölçü', 'utf8')]);
    expect(decodeHtml(bytes, 'text/html; charset=windows-1251')).toEqual({ text: 'ölçü', charset: 'utf-8' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('тест', 'utf16le')]);
    expect(decodeHtml(utf16).text).toBe('тест');
  });

  it('takes the header charset before the meta tag', () => {
    const html = page('<meta charset="utf-8">', 'Новости культуры');
    const decoded = decodeHtml(iconv.encode(html, 'koi8-r'), 'text/html; charset=KOI8-R');
    expect(decoded).toEqual({ text: html, charset: 'koi8-r' });
  });

  it('reads <meta charset> and http-equiv in the first 4 KB', () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', 'Фестиваль танца');
    expect(decodeHtml(iconv.encode(html, 'windows-1251'))).toEqual({ text: html, charset: 'windows-1251' });
    const turkish = page("<meta charset='windows-1254'>", 'Kültür ve sanat ğ ş ı');
    expect(decodeHtml(iconv.encode(turkish, 'windows-1254')).text).toBe(turkish);
    const late = `${' '.repeat(5000)}<meta charset="windows-1251">Привет`;
    expect(decodeHtml(iconv.encode(late, 'windows-1251')).charset).toBe('utf-8');
  });

  it('maps iso-8859-9 to windows-1254 and latin1 to windows-1252 as browsers do', () => {
    expect(decodeHtml(Buffer.from([0x80]), 'text/html; charset=iso-8859-9')).toEqual({ text: '€', charset: 'windows-1254' });
    expect(decodeHtml(Buffer.from([0x93, 0x94]), 'text/html; charset=ISO-8859-1').text).toBe('\u201c\u201d');
  });

  it('falls back to utf-8 for unknown charset names without throwing', () => {
    expect(decodeHtml(Buffer.from('héllo', 'utf8'), 'text/html; charset=x-no-such-thing')).toEqual({ text: 'héllo', charset: 'utf-8' });
    expect(decodeHtml(Buffer.from(page('<meta charset="bogus">', 'ok'), 'utf8')).charset).toBe('utf-8');
    expect(decodeHtml(new Uint8Array(0))).toEqual({ text: '', charset: 'utf-8' });
  });
});
