import { z } from 'zod';
import type { Article, EntityType, Mention, UrlState, UrlStatus } from '../../domain/model.js';

/** Row shapes as SQLite returns them, and their mapping back to domain objects. */

export interface ArticleRow {
  id: string;
  url: string;
  canonical_url: string;
  outlet: string;
  source_name: string | null;
  collections: string | null;
  title: string;
  authors: string;
  published_at: string | null;
  modified_at: string | null;
  language: string;
  section: string | null;
  paragraphs: string;
  text: string;
  summary: string;
  image: string | null;
  content_hash: string;
  fetched_at: string;
  parser_version: string;
  extractor_version: string;
}

export interface MentionRow {
  article_id: string;
  entity_id: string;
  type: string;
  name: string;
  aliases: string;
  count: number;
  role: string | null;
  affiliation: string | null;
  context: string;
}

export interface EntityRow {
  id: string;
  type: string;
  name: string;
  article_count: number;
}

export interface UrlStateRow {
  url: string;
  status: string;
  reason: string | null;
  article_id: string | null;
  etag: string | null;
  last_modified: string | null;
  content_hash: string | null;
  attempts: number;
  updated_at: string;
  source_id: string | null;
  last_error: string | null;
  next_attempt_at: string | null;
}

const stringList = z.array(z.string());

export function parseStringList(json: string): string[] {
  return stringList.parse(JSON.parse(json));
}

export function articleFromRow(row: ArticleRow): Article {
  return {
    id: row.id,
    url: row.url,
    canonicalUrl: row.canonical_url,
    outlet: row.outlet,
    sourceId: row.outlet,
    sourceName: row.source_name ?? row.outlet,
    collections: row.collections === null ? [] : parseStringList(row.collections),
    title: row.title,
    authors: parseStringList(row.authors),
    publishedAt: row.published_at,
    modifiedAt: row.modified_at,
    language: row.language,
    section: row.section,
    paragraphs: parseStringList(row.paragraphs),
    text: row.text,
    summary: row.summary,
    image: row.image,
    contentHash: row.content_hash,
    fetchedAt: row.fetched_at,
    parserVersion: row.parser_version,
    extractorVersion: row.extractor_version,
  };
}

export function mentionFromRow(row: MentionRow): Mention {
  return {
    entityId: row.entity_id,
    articleId: row.article_id,
    type: row.type as EntityType,
    name: row.name,
    aliases: parseStringList(row.aliases),
    count: row.count,
    role: row.role,
    affiliation: row.affiliation,
    context: row.context,
  };
}

export function urlStateFromRow(row: UrlStateRow): UrlState {
  return {
    url: row.url,
    status: row.status as UrlStatus,
    reason: row.reason,
    articleId: row.article_id,
    etag: row.etag,
    lastModified: row.last_modified,
    contentHash: row.content_hash,
    attempts: row.attempts,
    updatedAt: row.updated_at,
    sourceId: row.source_id,
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at,
  };
}
