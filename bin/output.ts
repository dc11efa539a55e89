/** Human-readable rendering for the CLI. Machines use --json and get the API's bodies as they are. */
import { SingleBar, Presets } from 'cli-progress';
import type { IngestEvent, IngestSummary } from '../shared/pipeline/local-ingest.js';

type Json = Record<string, unknown>;

/** "1 article", "2 articles": every count the CLI prints goes through here. */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : plural}`;
}

/** A progress bar on stderr (stdout stays clean for piping); silent when stderr is not a terminal. */
export function progressReporter(): (event: IngestEvent) => void {
  if (!process.stderr.isTTY) return () => {};
  const bar = new SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {value}/{total} {status}', hideCursor: true }, Presets.shades_classic);
  let done = 0;
  let total = 0;
  return (event) => {
    if (event.type === 'planned') {
      total = event.total;
      bar.start(total, 0, { status: '' });
      return;
    }
    done += 1;
    bar.update(done, { status: event.result.status });
    if (done >= total) bar.stop();
  };
}

export function printIngestSummary(summary: IngestSummary, json: boolean): void {
  if (json) {
    console.log(JSON.stringify(summary, null, 2));
    return;
  }
  const { counts } = summary;
  console.log(`stored ${counts.stored} · unchanged ${counts.unchanged} · skipped ${counts.skipped} · failed ${counts.failed}`);
  for (const result of summary.results) {
    if (result.status === 'skipped' || result.status === 'failed') console.log(`  ${result.status.padEnd(8)} ${result.reason ?? ''}  ${result.url}`);
  }
  for (const problem of summary.problems) console.log(`  problem  ${problem.reason}  ${problem.target}`);
  for (const source of summary.sources) {
    console.log(`  source   ${source.id}: ${countOf(source.urlsFound, 'URL')} listed, ${source.verified ? 'every feed and sitemap answered' : 'NOT verified (see problems)'}`);
  }
}

export function printApiResult(path: string, response: { status: number; body: unknown }, json: boolean): void {
  if (json) {
    console.log(JSON.stringify(response.body, null, 2));
    return;
  }
  const body = (response.body ?? {}) as Json;
  if (response.status >= 400) {
    const error = (body['error'] ?? {}) as Json;
    console.error(`error (${response.status}): ${String(error['message'] ?? 'request failed')}`);
    for (const issue of (error['issues'] as Json[] | undefined) ?? []) console.error(`  ${String(issue['path'] ?? '')}: ${String(issue['message'] ?? '')}`);
    return;
  }
  if (path === '/search') printSearch(body);
  else if (path.startsWith('/saved-searches')) printSavedSearches(body);
  else if (path === '/sources/health') printSourceHealth(body);
  else if (path === '/entities') printEntities(body);
  else printEntity(body);
}

/** A saved search per line (id, name, query, digest, webhook), then a single one's deliveries. */
function printSavedSearches(body: Json): void {
  const items = (body['items'] as Json[] | undefined) ?? [body];
  for (const item of items) {
    const webhook = item['webhook'] as Json | null;
    console.log(`${String(item['id'])}  ${String(item['name'])}  q=${JSON.stringify(item['query'] ?? '')}  digest=${String(item['digest'])}${webhook ? `  webhook=${String(webhook['url'])}` : ''}  feed=${String(item['feed'])}`);
  }
  for (const delivery of (body['recentDeliveries'] as Json[] | undefined) ?? []) {
    const hook = delivery['webhook'] as Json | null;
    console.log(`  ${String(delivery['matchedAt'])}  ${hook ? `${String(hook['status']).padEnd(7)} ` : ''}${String(delivery['title'])}  ${String(delivery['url'])}${hook?.['lastError'] ? `  (${String(hook['lastError'])})` : ''}`);
  }
}

function printSearch(body: Json): void {
  printSearchPage(body, { header: true, next: true });
}

/** One page of search results: the total first (`header`), the hits, then how to get the next page (`next`). */
export function printSearchPage(body: Json, options: { header: boolean; next: boolean }): void {
  const hits = (body['hits'] as Json[] | undefined) ?? [];
  if (options.header) console.log(countOf(Number(body['total'] ?? hits.length), 'article'));
  for (const hit of hits) {
    console.log(`\n${String(hit['title'])}\n  ${String(hit['sourceName'] ?? hit['outlet'])} · ${String(hit['publishedAt'] ?? 'undated').slice(0, 10)} · ${String(hit['url'])}`);
    console.log(`  ${plain(String(hit['snippet'] ?? ''))}`);
    const syndication = syndicationLine(hit['cluster'] as Json | undefined, String(hit['id']));
    if (syndication) console.log(`  ${syndication}`);
  }
  const next = body['nextCursor'];
  if (options.next && typeof next === 'string') console.log(`\nmore: --cursor ${next}  (or --all)`);
}

function printEntities(body: Json): void {
  console.log(countOf(Number(body['total'] ?? 0), 'entity', 'entities'));
  for (const entity of (body['items'] as Json[] | undefined) ?? []) {
    console.log(`${String(entity['articleCount']).padStart(4)}  ${String(entity['type']).padEnd(12)} ${String(entity['name'])}  (${String(entity['id'])})`);
  }
  const next = body['nextCursor'];
  if (typeof next === 'string') console.log(`\nmore: --cursor ${next}`);
}

function printEntity(body: Json): void {
  console.log(`${String(body['name'])} — ${String(body['type'])} (${String(body['id'])}), ${countOf(Number(body['articleCount']), 'article')}`);
  const aliases = (body['aliases'] as string[] | undefined) ?? [];
  if (aliases.length) console.log(`aliases: ${aliases.join(', ')}`);
  for (const role of (body['roles'] as Json[] | undefined) ?? []) {
    console.log(`role: ${String(role['role'] ?? '—')} · ${String(role['affiliation'] ?? '—')} · ${String(role['publishedAt'] ?? '').slice(0, 10)}`);
  }
  const co = (body['coMentioned'] as Json[] | undefined) ?? [];
  if (co.length) console.log(`co-mentioned: ${co.map((c) => `${String(c['label'] ?? c['value'])} (${String(c['count'])})`).join(', ')}`);
  for (const article of (body['articles'] as Json[] | undefined) ?? []) {
    console.log(`  ${String(article['publishedAt'] ?? '').slice(0, 10)}  ${String(article['title'])}`);
  }
}

/** Snippets carry <mark> and HTML escapes for the web page; the terminal gets plain text. */
function plain(snippet: string): string {
  return snippet
    .replace(/<\/?mark>/g, '*')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** "first published by …; also published by …" for a hit whose story other outlets carried too. */
function syndicationLine(cluster: Json | undefined, hitId: string): string | null {
  if (!cluster || Number(cluster['size'] ?? 1) < 2) return null;
  const first = (cluster['firstPublisher'] ?? {}) as Json;
  const others = ((cluster['alsoPublishedBy'] as Json[] | undefined) ?? []).filter((p) => p['articleId'] !== hitId);
  const name = (p: Json): string => `${String(p['sourceName'] ?? p['outlet'])}${p['publishedAt'] ? ` ${String(p['publishedAt']).slice(0, 10)}` : ''}`;
  const firstPart = first['articleId'] === hitId ? 'first published here' : `first published by ${name(first)}`;
  const alsoPart = others.length > 0 ? `; also published by ${others.map(name).join(', ')}` : '';
  return `${firstPart}${alsoPart} (cluster ${String(cluster['id'])})`;
}

function printSourceHealth(body: Json): void {
  const sources = (body['sources'] as Json[] | undefined) ?? [];
  console.log(`source health since ${String(body['since'])} (silent: no stored article in ${String(body['quietDays'])} days)`);
  if (sources.length === 0) console.log('  no pages recorded in this window');
  for (const source of sources) {
    const failed = Object.entries((source['failed'] ?? {}) as Record<string, number>).map(([reason, n]) => `${reason} ${n}`).join(', ');
    console.log(
      `  ${String(source['sourceId']).padEnd(20)} fetched ${String(source['fetched']).padStart(5)}  stored ${String(source['stored']).padStart(5)}  ` +
        `empty ${String(source['emptyBodies'])}  undated ${String(source['missingDates'])}  no entities ${String(source['zeroEntities'])}` +
        `${source['silent'] ? '  SILENT since ' + String(source['lastStored']) : ''}${failed ? `\n      failed: ${failed}` : ''}`,
    );
  }
}
