import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ValidationError } from '../../../shared/domain/errors.js';
import { MAX_URL_LENGTH, normaliseUrl, parseHttpUrl, urlHash } from '../../../shared/domain/url.js';

describe('normaliseUrl', () => {
  it('lower-cases the host, drops the default port and the fragment', () => {
    expect(normaliseUrl('HTTPS://WWW.Azernews.AZ:443/news/Culture.html#comments')).toBe('https://www.azernews.az/news/Culture.html');
    expect(normaliseUrl('http://example.com:80/a')).toBe('http://example.com/a');
    expect(normaliseUrl('http://example.com:8080/a')).toBe('http://example.com:8080/a');
  });

  it('removes tracking parameters and sorts the rest', () => {
    expect(normaliseUrl('https://a.az/x?utm_source=fb&b=2&fbclid=abc&a=1&UTM_Medium=m&gclid=z')).toBe('https://a.az/x?a=1&b=2');
    expect(normaliseUrl('https://a.az/x?utm_campaign=c')).toBe('https://a.az/x');
  });

  it('drops trailing slashes except on the root path', () => {
    expect(normaliseUrl('https://a.az/culture/')).toBe('https://a.az/culture');
    expect(normaliseUrl('https://a.az/culture//')).toBe('https://a.az/culture');
    expect(normaliseUrl('https://a.az')).toBe('https://a.az/');
    expect(normaliseUrl('https://a.az/')).toBe('https://a.az/');
  });

  it('drops an empty query and a trailing dot on the host', () => {
    expect(normaliseUrl('https://a.az./x?')).toBe('https://a.az/x');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const once = normaliseUrl(url);
        expect(normaliseUrl(once)).toBe(once);
      }),
      { numRuns: 40 },
    );
  });
});

describe('parseHttpUrl', () => {
  it('accepts http and https URLs', () => {
    expect(parseHttpUrl(' https://report.az/en/ ').href).toBe('https://report.az/en/');
  });

  it.each([
    ['file:///etc/passwd'],
    ['javascript:alert(1)'],
    ['ftp://example.com/x'],
    ['data:text/html,hi'],
    ['not a url'],
    [''],
    ['/relative/path'],
    ['https://user:secret@example.com/'],
    ['https://user@example.com/'],
  ])('rejects %s with a ValidationError', (input) => {
    expect(() => parseHttpUrl(input)).toThrow(ValidationError);
  });

  it('rejects absurdly long URLs', () => {
    expect(() => parseHttpUrl(`https://a.az/${'x'.repeat(MAX_URL_LENGTH)}`)).toThrow(/longer than/);
  });
});

describe('urlHash', () => {
  it('is the same for URLs that normalise alike and differs otherwise', () => {
    expect(urlHash('https://A.az/x/?utm_source=t#f')).toBe(urlHash('https://a.az/x'));
    expect(urlHash('https://a.az/x')).not.toBe(urlHash('https://a.az/y'));
    expect(urlHash('https://a.az/x')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes non-http inputs (local paths) without throwing', () => {
    expect(urlHash('/tmp/page.html')).toMatch(/^[0-9a-f]{64}$/);
    expect(urlHash('file:///tmp/page.html')).not.toBe(urlHash('/tmp/other.html'));
  });
});
