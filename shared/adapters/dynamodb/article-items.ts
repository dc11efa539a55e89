/**
 * Pure mapping between ArticleRecord and the DynamoDB items that hold it (see table-design.ts).
 * Shared by the store (writes) and the stream decoder (reads of stream images).
 */
import { ValidationError } from '../../domain/errors.js';
import type { Article, ArticleRecord, Mention } from '../../domain/model.js';
import {
  ARTICLE_SK,
  ITEM_KIND,
  MAX_ARTICLE_ITEM_BYTES,
  TRUNCATION_MARKER,
  articlePk,
  articlesListingPk,
  dateSortKey,
  entityPk,
  mentionSk,
  outletPk,
} from './table-design.js';

export interface ArticleItem {
  readonly PK: string;
  readonly SK: string;
  readonly kind: typeof ITEM_KIND.article;
  readonly article: Article;
  readonly mentions: readonly Mention[];
  /** Copied to the top level so conditional writes can test them. */
  readonly contentHash: string;
  readonly extractorVersion: string;
  /**
   * Entities whose mention items may exist for this article: the write intent of a put in
   * progress plus the mentions of the stored version. Absent when empty (a DynamoDB set cannot
   * be empty). Stale mention items are found from it, even after a crashed put.
   */
  readonly mentionEntityIds?: ReadonlySet<string>;
  readonly textTruncated: boolean;
  readonly GSI2PK: string;
  readonly GSI2SK: string;
  readonly GSI3PK: string;
  readonly GSI3SK: string;
}

export interface MentionItem {
  readonly PK: string;
  readonly SK: string;
  readonly kind: typeof ITEM_KIND.mention;
  readonly entityId: string;
  readonly articleId: string;
  readonly type: Mention['type'];
  readonly name: string;
  /** The mention's other forms and its article's language (absent on items written before them). */
  readonly aliases?: readonly string[];
  readonly language?: string;
  readonly role: string | null;
  readonly affiliation: string | null;
  readonly title: string;
  readonly outlet: string;
  readonly publishedAt: string | null;
  readonly GSI1PK: string;
  readonly GSI1SK: string;
}

const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

/** Longest prefix of `text` whose JSON form fits `budget` bytes (never splits a surrogate pair). */
function cutToBytes(text: string, budget: number): string {
  let length = Math.min(text.length, budget);
  while (length > 0 && jsonBytes(text.slice(0, length)) > budget) length = Math.floor(length * 0.9);
  if (length > 0 && /[\uD800-\uDBFF]/.test(text.charAt(length - 1))) length -= 1;
  return text.slice(0, length);
}

/**
 * The article with its text cut, paragraph by paragraph, so text + paragraphs fit `budget`
 * bytes of JSON; the last paragraph is TRUNCATION_MARKER and `text` stays the paragraphs joined.
 */
function truncateArticleText(article: Article, budget: number): Article {
  // text repeats the paragraphs, so each copy gets half the budget.
  const perCopy = Math.floor((budget - jsonBytes(TRUNCATION_MARKER) * 2) / 2);
  const kept: string[] = [];
  let used = 0;
  for (const paragraph of article.paragraphs) {
    const size = jsonBytes(paragraph) + 4; // separator "\n\n" escaped, or a comma
    if (used + size > perCopy) {
      const rest = cutToBytes(paragraph, perCopy - used - 4);
      if (rest.length > 0) kept.push(rest);
      break;
    }
    kept.push(paragraph);
    used += size;
  }
  if (article.paragraphs.length === 0) {
    const rest = cutToBytes(article.text, perCopy);
    if (rest.length > 0) kept.push(rest);
  }
  const paragraphs = [...kept, TRUNCATION_MARKER];
  return { ...article, paragraphs, text: paragraphs.join('\n\n') };
}

export function toArticleItem(record: ArticleRecord): ArticleItem {
  const { article, mentions } = record;
  const entityIds = new Set(mentions.map((mention) => mention.entityId));
  const base = {
    PK: articlePk(article.id),
    SK: ARTICLE_SK,
    kind: ITEM_KIND.article,
    mentions,
    contentHash: article.contentHash,
    extractorVersion: article.extractorVersion,
    ...(entityIds.size > 0 ? { mentionEntityIds: entityIds } : {}),
    GSI2PK: outletPk(article.outlet),
    GSI2SK: dateSortKey(article.publishedAt, article.id),
    GSI3PK: articlesListingPk(article.id),
    GSI3SK: dateSortKey(article.fetchedAt, article.id),
  };
  const whole: ArticleItem = { ...base, article, textTruncated: false };
  // Sets serialise as {} in JSON; the ids add a few bytes each, counted via the array form.
  const size = jsonBytes({ ...whole, mentionEntityIds: [...entityIds] });
  if (size <= MAX_ARTICLE_ITEM_BYTES) return whole;

  const withoutText = jsonBytes({ ...whole, mentionEntityIds: [...entityIds], article: { ...article, text: '', paragraphs: [] } });
  const budget = MAX_ARTICLE_ITEM_BYTES - withoutText;
  if (budget < 4_000) {
    throw new ValidationError(`article ${article.id} cannot be stored: its metadata and mentions alone take ${withoutText} bytes`, [
      { path: 'mentions', message: `too large for one DynamoDB item (${mentions.length} mentions)` },
    ]);
  }
  return { ...base, article: truncateArticleText(article, budget), textTruncated: true };
}

/** The record in an article item, or null for an item that is not a complete article. */
export function fromArticleItem(item: Record<string, unknown> | undefined): ArticleRecord | null {
  if (!item || item['kind'] !== ITEM_KIND.article) return null;
  const article = item['article'];
  if (!article || typeof article !== 'object') return null; // write intent only, no article yet
  const mentions = Array.isArray(item['mentions']) ? (item['mentions'] as Mention[]) : [];
  return { article: withSourceDefaults(article as Partial<Article> & Pick<Article, 'outlet'>), mentions };
}

/** Items written before sources had names carry only `outlet`: read them as that id, no collections. */
function withSourceDefaults(article: Partial<Article> & Pick<Article, 'outlet'>): Article {
  return { ...article, sourceId: article.sourceId ?? article.outlet, sourceName: article.sourceName ?? article.outlet, collections: article.collections ?? [] } as Article;
}

/** One mention per entity: an article mentions an entity once, the first mention wins. */
export function distinctMentions(mentions: readonly Mention[]): Mention[] {
  const byEntity = new Map<string, Mention>();
  for (const mention of mentions) if (!byEntity.has(mention.entityId)) byEntity.set(mention.entityId, mention);
  return [...byEntity.values()];
}

export function toMentionItem(article: Article, mention: Mention): MentionItem {
  return {
    PK: entityPk(mention.entityId),
    SK: mentionSk(article.id),
    kind: ITEM_KIND.mention,
    entityId: mention.entityId,
    articleId: article.id,
    type: mention.type,
    name: mention.name,
    aliases: [...mention.aliases],
    language: article.language,
    role: mention.role,
    affiliation: mention.affiliation,
    title: article.title,
    outlet: article.outlet,
    publishedAt: article.publishedAt,
    GSI1PK: entityPk(mention.entityId),
    GSI1SK: dateSortKey(article.publishedAt, article.id),
  };
}

export function mentionKey(entityId: string, articleId: string): { PK: string; SK: string } {
  return { PK: entityPk(entityId), SK: mentionSk(articleId) };
}
