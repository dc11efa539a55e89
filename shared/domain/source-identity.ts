/**
 * Which source (outlet) an article belongs to, and so its id, display name and collections.
 * The one naming rule of the project — adapters store and filter what this returns:
 * 1. the catalogue source that listed the page (discovery knows it);
 * 2. else the catalogue source whose site the article's URL lies under (longest site wins, so
 *    report.az/ru/ is not report.az/en/);
 * 3. else the only catalogue source on the URL's registrable domain (www.trend.az is Trend's,
 *    listed as en.trend.az); with several there (report.az/en/, report.az/ru/) none is guessed;
 * 4. else the registrable domain of the URL (news.day.az → day.az), from the public-suffix list;
 * 5. else (an IP address, localhost, a file: URL) "unknown" — never an address as an outlet name.
 */
import { parse as parseDomain } from 'tldts';
import type { Source } from './model.js';

export interface SourceIdentity {
  /** Catalogue id, or the registrable domain when no catalogue source fits, or "unknown". */
  readonly sourceId: string;
  readonly sourceName: string;
  /** Catalogue collections of the source (e.g. "agencies", "az-language"); [] without one. */
  readonly collections: readonly string[];
}

export const UNKNOWN_SOURCE: SourceIdentity = { sourceId: 'unknown', sourceName: 'Unknown source', collections: [] };

export function identityOfSource(source: Source): SourceIdentity {
  return { sourceId: source.id, sourceName: source.name, collections: [...source.collections] };
}

/** The source of an article at `url`; see the module comment for the order of the rules. */
export function identifySource(url: string, listedBy: Source | null, catalogue: readonly Source[] = []): SourceIdentity {
  if (listedBy) return identityOfSource(listedBy);
  const site = sourceBySite(url, catalogue);
  if (site) return identityOfSource(site);
  const domain = registrableDomain(url);
  if (domain === null) return UNKNOWN_SOURCE;
  const onDomain = catalogue.filter((source) => registrableDomain(source.site) === domain);
  return onDomain.length === 1 ? identityOfSource(onDomain[0]!) : { sourceId: domain, sourceName: domain, collections: [] };
}

/** The catalogue source whose `site` (host and path prefix, "www." ignored) contains `url`. */
export function sourceBySite(url: string, catalogue: readonly Source[]): Source | null {
  const target = siteKey(url);
  if (target === null) return null;
  let best: { source: Source; length: number } | null = null;
  for (const source of catalogue) {
    const site = siteKey(source.site);
    if (site === null || site.host !== target.host || !target.path.startsWith(site.path)) continue;
    if (!best || site.path.length > best.length) best = { source, length: site.path.length };
  }
  return best?.source ?? null;
}

/** Registrable domain ("eTLD+1") of an http(s) URL; null for IP addresses and hosts without one. */
export function registrableDomain(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const info = parseDomain(parsed.hostname);
  if (info.isIp || !info.domain) return null;
  return info.domain;
}

function siteKey(url: string): { host: string; path: string } | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    const path = parsed.pathname.endsWith('/') ? parsed.pathname : `${parsed.pathname}/`;
    return { host: parsed.host.toLowerCase().replace(/^www\./, ''), path };
  } catch {
    return null;
  }
}
