import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HttpFetcher } from '../../shared/adapters/http/http-fetcher.js';
import { FIXTURE_SITE_DIR, startNewsSite } from '../support/news-site.js';
import { describeFetcherContract } from './fetcher.contract.js';

describeFetcherContract('HttpFetcher over the loopback news site', async () => {
  const site = await startNewsSite();
  const fetcher = new HttpFetcher({ userAgent: 'culture-index-contract/1.0', perHostDelayMs: 0, unsafeNoDelay: true, allowLoopback: true, timeoutMs: 5000 });
  const slug = site.articles[1]?.slug ?? 'manuscript-exhibition';
  // The site fills {{BASE}} in fixtures with its own address.
  const okBody = Buffer.from(readFileSync(path.join(FIXTURE_SITE_DIR, 'news', `${slug}.html`), 'utf8').replaceAll('{{BASE}}', site.baseUrl));
  return {
    fetcher,
    okUrl: site.url(`/news/${slug}.html`),
    okBody,
    missingUrl: site.url('/news/no-such-article.html'),
    feedUrl: site.url('/feeds/atom.xml'),
    cleanup: async () => {
      fetcher.close();
      await site.close();
    },
  };
});
