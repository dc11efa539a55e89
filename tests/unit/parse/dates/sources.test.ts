/**
 * The publication date from each source a page may offer, their ranking, and the dates that are
 * not the publication's (modification, comments, teasers, a site header's "today").
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../shared/domain/parse/index.js';

const page = (head: string, body: string): string => `<!doctype html><html lang="en"><head><title>A story</title>${head}</head><body>${body}</body></html>`;
const article = (inner: string): string => `<article><h1>A story</h1>${inner}<p>${'Some words of the story. '.repeat(12)}</p></article>`;
const published = (html: string, url?: string) => {
  const p = parseArticle(html, url ? { url } : {});
  return { day: p.publishedDay, at: p.publishedAt, modified: p.modifiedAt };
};

describe('publication date sources', () => {
  it('JSON-LD datePublished of the article, before everything else', () => {
    const html = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-04-02T10:00:00+02:00","dateModified":"2021-04-03T09:00:00+02:00"}</script><meta property="article:published_time" content="2021-01-01">',
      article('<p class="date">1 March 2021</p>'),
    );
    expect(published(html)).toEqual({ day: '2021-04-02', at: '2021-04-02T08:00:00Z', modified: '2021-04-03T07:00:00Z' });
  });

  const vocabularies = ['article:published_time', 'og:published_time', 'datePublished', 'DC.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date', 'pubdate', 'publish-date', 'citation_publication_date', 'date'];
  for (const key of vocabularies) {
    it(`meta ${key}`, () => {
      const attribute = key.includes(':') ? 'property' : 'name';
      expect(published(page(`<meta ${attribute}="${key}" content="2020-06-15T08:00:00Z">`, article(''))).day).toBe('2020-06-15');
    });
  }

  it('meta itemprop and modification vocabularies kept apart', () => {
    const html = page('<meta itemprop="datePublished" content="2020-06-15"><meta property="article:modified_time" content="2020-07-01T00:00:00Z">', article(''));
    expect(published(html)).toMatchObject({ day: '2020-06-15', modified: '2020-07-01T00:00:00Z' });
  });

  it('microdata on a visible element, with its content attribute', () => {
    expect(published(page('', article('<span itemprop="datePublished" content="2018-02-11">11 Feb</span>'))).day).toBe('2018-02-11');
  });

  it('<time pubdate> and hAtom <abbr class="published" title>', () => {
    expect(published(page('', article('<time pubdate datetime="2012-09-30">yesterday</time>'))).day).toBe('2012-09-30');
    expect(published(page('', article('<abbr class="published" title="2009-05-17T14:00:00">May 17</abbr>'))).day).toBe('2009-05-17');
  });

  it('the URL path when the page states nothing', () => {
    expect(published(page('', article('')), 'https://news.example/2016/08/21/a-story/').day).toBe('2016-08-21');
  });

  it('<time datetime> outside comment threads', () => {
    expect(published(page('', article('<time datetime="2015-10-05T12:00:00+02:00">5 Oct</time>'))).day).toBe('2015-10-05');
  });

  it('a byline date in text, in the site language', () => {
    const html = page('', article('<div class="meta">Von Max Muster | 7. Oktober 2014</div>'));
    expect(published(html)).toMatchObject({ day: '2014-10-07', at: '2014-10-07T00:00:00Z' });
  });

  it('text right after the headline when no container is named for dates', () => {
    expect(published(page('', article('<p>Moscow, 3 ноября 2013 г.</p>'))).day).toBe('2013-11-03');
  });

  it('inline script data when the visible page has no date', () => {
    const html = page('', `${article('')}<script>window.state = {"datePublished":"2019-01-20T09:00:00"};</script>`);
    expect(published(html).day).toBe('2019-01-20');
  });

  it('a footer date as the last resort', () => {
    expect(published(page('', `${article('')}<footer>Stand: 11.12.2019</footer>`)).day).toBe('2019-12-11');
  });
});

describe('dates that are not the publication', () => {
  it('prefers the byline after the headline to a header "today" date before it', () => {
    const html = page('', `<div class="topbar"><span class="date">Monday 9 March 2020</span></div>${article('<p class="byline">2 March 2020</p>')}`);
    expect(published(html).day).toBe('2020-03-02');
  });

  it('skips comment threads: their microdata and <time> are the commenters\'', () => {
    const comments = '<ol class="comment-list"><li class="comment"><time datetime="2020-05-09T10:00:00Z">9 May</time><span itemprop="datePublished" content="2020-05-09">9 May</span></li></ol>';
    const html = page('', `<article><h1>A story</h1><p>${'Words. '.repeat(30)}</p></article>${comments}`);
    expect(published(html, 'https://blog.example/2020/05/01/story').day).toBe('2020-05-01');
  });

  it('does not take one of many teaser <time pubdate> for the page\'s', () => {
    const teasers = [1, 2, 3].map((d) => `<div class="teaser"><time pubdate datetime="2021-02-0${d}">x</time></div>`).join('');
    const paragraphs = '<p>A paragraph of the story.</p>'.repeat(30);
    const html = page('', `${article(`<p class="date">15 January 2021</p>${paragraphs}`)}${teasers}`);
    expect(published(html).day).toBe('2021-01-15');
  });

  it('keeps an "Updated" date apart and a WordPress "published updated" date as publication', () => {
    const updated = page('', article('<div class="byline">Updated 4 June 2020, first published 17 June 2019</div>'));
    expect(published(updated).day).toBe('2019-06-17');
    const wordpress = page('', article('<span class="entry-date published updated">3 May 2018</span>'));
    expect(published(wordpress).day).toBe('2018-05-03');
  });

  it('takes the outlet\'s day from its URL when a UTC instant falls on the next day', () => {
    const html = page('<meta property="article:published_time" content="2020-05-02T02:54:29Z">', article(''));
    expect(published(html, 'https://tv.example/2020/05/01/story/')).toMatchObject({ day: '2020-05-01', at: '2020-05-02T02:54:29Z' });
    // At midday UTC no zone of the Americas is on the day before: the URL's other day is not taken.
    const noon = page('<meta property="article:published_time" content="2020-05-02T12:54:29Z">', article(''));
    expect(published(noon, 'https://tv.example/2020/05/01/story/').day).toBe('2020-05-02');
  });

  it('ignores dates in the future and before the web', () => {
    expect(published(page('<meta name="date" content="2999-01-01">', article('<p class="date">1 January 1990</p>'))).day).toBeNull();
  });
});
