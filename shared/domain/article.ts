/**
 * Assembling an ArticleRecord from a parsed page and the entities found in it. Pure: the
 * pipeline does the I/O and hands everything in.
 */
import type { ExtractedEntity } from './extract/types.js';
import { sha256Hex, stableId } from './hash.js';
import type { Article, ArticleRecord, Mention, Source } from './model.js';
import type { ParsedPage } from './parse/types.js';
import type { EntityResolver } from './resolve/types.js';
import { identifySource } from './source-identity.js';
import { normaliseUrl } from './url.js';

/** Pages whose body is shorter than this are index pages, stubs or paywalls, not articles. */
export const MIN_ARTICLE_CHARS = 120;
const SUMMARY_CHARS = 300;

export interface PageOrigin {
  /** The URL as discovered/fetched. */
  readonly url: string;
  /** Where redirects ended. */
  readonly finalUrl: string;
  readonly fetchedAt: string;
  /**
   * Hosts allowed to be named as canonical besides the fetched host itself: a page may claim any
   * canonical URL, so only the source's own site is believed (otherwise a hostile page could
   * overwrite another outlet's article by claiming its URL).
   */
  readonly trustedHosts?: readonly string[];
  /** The catalogue source whose feed or sitemap listed the page, if any: it names the article. */
  readonly listedBy?: Source | null;
  /** Known sources, to name an article that no source listed (a URL or file given by hand). */
  readonly catalogue?: readonly Source[];
}

export interface Versions {
  readonly parserVersion: string;
  readonly extractorVersion: string;
}

/**
 * Canonical URL the article is identified by: declared canonical (rel=canonical, else og:url) when
 * trusted, else the final URL. A local file names no host to check a claim against, and whoever
 * ingests their own files vouches for them: its http(s) canonical is believed (the file path stays
 * recorded as the article's `url`).
 */
export function chooseCanonicalUrl(declared: string | null, origin: PageOrigin): string {
  const fallback = safeNormalise(origin.finalUrl) ?? origin.finalUrl;
  if (!declared) return fallback;
  const normalised = safeNormalise(declared);
  if (!normalised) return fallback;
  if (isFileUrl(origin.finalUrl) && /^https?:/i.test(normalised)) return normalised;
  const host = hostOf(normalised);
  const trusted = new Set([hostOf(origin.finalUrl), hostOf(origin.url), ...(origin.trustedHosts ?? []).map(bareHost)]);
  return host !== null && trusted.has(host) ? normalised : fallback;
}

/** Stable article id: the same canonical URL always yields the same id. */
export function articleIdFor(canonicalUrl: string): string {
  return stableId('article', canonicalUrl);
}

function isFileUrl(url: string): boolean {
  return /^file:/i.test(url);
}

/**
 * True when storing `next` over `stored` would change nothing: same content, same extraction,
 * same source (a source renamed or regrouped in the catalogue must reach the index).
 */
export function storesAlike(stored: Article, next: Article): boolean {
  return (
    stored.contentHash === next.contentHash &&
    stored.extractorVersion === next.extractorVersion &&
    stored.sourceId === next.sourceId &&
    stored.sourceName === next.sourceName &&
    stored.collections.join('\n') === next.collections.join('\n')
  );
}

export function contentHashOf(title: string, text: string): string {
  return sha256Hex(`${title}\n${text}`);
}

export function summarise(paragraphs: readonly string[], description: string | null): string {
  const source = description?.trim() || paragraphs[0] || '';
  if (source.length <= SUMMARY_CHARS) return source;
  const cut = source.lastIndexOf(' ', SUMMARY_CHARS);
  return `${source.slice(0, cut > 0 ? cut : SUMMARY_CHARS)}…`;
}

/** Why a parsed page is not stored as an article, or null when it is one. */
export function rejectionReason(parsed: ParsedPage): string | null {
  const chars = parsed.paragraphs.reduce((sum, p) => sum + p.length, 0);
  if (chars === 0) return 'no-article-body';
  if (chars < MIN_ARTICLE_CHARS) return 'body-too-short';
  return null;
}

export function assembleArticle(parsed: ParsedPage, origin: PageOrigin, versions: Versions): Article {
  const canonicalUrl = chooseCanonicalUrl(parsed.canonicalUrl, origin);
  const text = parsed.paragraphs.join('\n\n');
  const title = parsed.title.trim() || parsed.paragraphs[0]?.slice(0, 120) || canonicalUrl;
  const source = identifySource(canonicalUrl, origin.listedBy ?? null, origin.catalogue ?? []);
  return {
    id: articleIdFor(canonicalUrl),
    url: origin.url,
    canonicalUrl,
    outlet: source.sourceId,
    sourceId: source.sourceId,
    sourceName: source.sourceName,
    collections: [...source.collections],
    title,
    authors: [...parsed.authors],
    publishedAt: parsed.publishedAt,
    modifiedAt: parsed.modifiedAt,
    language: parsed.language || 'und',
    section: parsed.section,
    paragraphs: [...parsed.paragraphs],
    text,
    summary: summarise(parsed.paragraphs, parsed.description),
    image: parsed.image,
    contentHash: contentHashOf(title, text),
    fetchedAt: origin.fetchedAt,
    parserVersion: versions.parserVersion,
    extractorVersion: versions.extractorVersion,
  };
}

/**
 * Mentions for an article: each extracted entity resolved to its cross-article id. Two surface
 * entities that resolve to one id (e.g. an acronym and its long form) become one mention.
 */
export function buildMentions(articleId: string, extracted: readonly ExtractedEntity[], resolver: EntityResolver): Mention[] {
  const byId = new Map<string, Mention>();
  for (const entity of extracted) {
    const resolved = resolver.resolve({ ...entity, affiliation: entity.affiliation ?? null, articleId });
    const previous = byId.get(resolved.id);
    // The resolver's display name wins (an analyst's rename); the article's own spelling stays an alias.
    // The English name of an az/ru entity is one more alias, so searching it finds this article.
    const english = entity.en && entity.en !== resolved.name ? [entity.en] : [];
    const surface = resolved.name === entity.name ? [...entity.aliases, ...english] : [entity.name, ...entity.aliases, ...english];
    if (!previous) {
      byId.set(resolved.id, {
        entityId: resolved.id,
        articleId,
        type: entity.type,
        name: resolved.name,
        aliases: [...new Set(surface)].filter((alias) => alias !== resolved.name),
        count: entity.count,
        role: entity.role ?? null,
        affiliation: entity.affiliation ?? null,
        context: entity.context,
      });
      continue;
    }
    const aliases = new Set([...previous.aliases, ...surface, resolved.name]);
    aliases.delete(previous.name);
    byId.set(resolved.id, {
      ...previous,
      aliases: [...aliases],
      count: previous.count + entity.count,
      role: previous.role ?? entity.role ?? null,
      affiliation: previous.affiliation ?? entity.affiliation ?? null,
    });
  }
  return [...byId.values()];
}

export function assembleRecord(article: Article, extracted: readonly ExtractedEntity[], resolver: EntityResolver): ArticleRecord {
  return { article, mentions: buildMentions(article.id, extracted, resolver) };
}

function safeNormalise(url: string): string | null {
  try {
    return normaliseUrl(url);
  } catch {
    return null;
  }
}

function hostOf(url: string): string | null {
  try {
    return bareHost(new URL(url).hostname);
  } catch {
    return null;
  }
}

function bareHost(host: string): string {
  const lower = host.toLowerCase();
  try {
    return bareHostName(new URL(lower.includes('://') ? lower : `http://${lower}`).hostname);
  } catch {
    return bareHostName(lower);
  }
}

function bareHostName(hostname: string): string {
  return hostname.replace(/^www\./, '');
}
