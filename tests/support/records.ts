/**
 * Builders for test records: every suite (store, index, API) builds its data the same way, so a
 * record is one line in a test and its content hash always matches its title and text.
 */
import { sha256Hex, stableId } from '../../shared/domain/hash.js';
import { toIndexDoc } from '../../shared/domain/index-doc.js';
import type { Article, ArticleRecord, EntityType, IndexDoc, Mention, UrlState, UrlStatus } from '../../shared/domain/model.js';

export interface MentionSpec {
  readonly entityId?: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly role?: string | null;
  readonly affiliation?: string | null;
  readonly count?: number;
  readonly context?: string;
}

export interface RecordSpec {
  readonly id?: string;
  readonly url?: string;
  /** The source id (outlet and sourceId). */
  readonly outlet?: string;
  readonly sourceName?: string;
  readonly collections?: readonly string[];
  readonly title?: string;
  readonly text?: string;
  readonly summary?: string;
  readonly authors?: readonly string[];
  readonly language?: string;
  readonly section?: string | null;
  readonly publishedAt?: string | null;
  readonly fetchedAt?: string;
  readonly extractorVersion?: string;
  readonly mentions?: readonly MentionSpec[];
}

let sequence = 0;

/** A unique suffix, so records built in one test never collide with another's. */
export function uniqueSuffix(): string {
  sequence += 1;
  return `${process.pid.toString(36)}-${Date.now().toString(36)}-${sequence}`;
}

/** Entity id as tests use it: stable for a type + name. */
export function entityIdFor(type: EntityType, name: string): string {
  return stableId('test-entity', type, name);
}

export function makeMention(articleId: string, spec: MentionSpec): Mention {
  return {
    entityId: spec.entityId ?? entityIdFor(spec.type, spec.name),
    articleId,
    type: spec.type,
    name: spec.name,
    aliases: [...(spec.aliases ?? [])],
    count: spec.count ?? 1,
    role: spec.role ?? null,
    affiliation: spec.affiliation ?? null,
    context: spec.context ?? `${spec.name} was mentioned.`,
  };
}

export function makeRecord(spec: RecordSpec = {}): ArticleRecord {
  const url = spec.url ?? `https://news.example.org/culture/${uniqueSuffix()}`;
  const id = spec.id ?? stableId('article', url);
  const title = spec.title ?? 'Untitled cultural news';
  const text = spec.text ?? 'The theatre season opened with a new production.';
  const paragraphs = text.split(/\n\n+/);
  const article: Article = {
    id,
    url,
    canonicalUrl: url,
    outlet: spec.outlet ?? 'example-news',
    sourceId: spec.outlet ?? 'example-news',
    sourceName: spec.sourceName ?? spec.outlet ?? 'Example News',
    collections: [...(spec.collections ?? [])],
    title,
    authors: [...(spec.authors ?? ['Staff Writer'])],
    publishedAt: spec.publishedAt === undefined ? '2024-03-06T12:00:00.000Z' : spec.publishedAt,
    modifiedAt: null,
    language: spec.language ?? 'en',
    section: spec.section === undefined ? 'culture' : spec.section,
    paragraphs,
    text: paragraphs.join('\n\n'),
    summary: spec.summary ?? (paragraphs[0] ?? '').slice(0, 200),
    image: null,
    contentHash: sha256Hex(`${title}\n${text}`),
    fetchedAt: spec.fetchedAt ?? '2024-03-07T08:00:00.000Z',
    parserVersion: 'test-parser-1',
    extractorVersion: spec.extractorVersion ?? 'test-extractor-1',
  };
  return { article, mentions: (spec.mentions ?? []).map((m) => makeMention(id, m)) };
}

/** Same article id, new title/text (and so a new content hash), new mentions if given. */
export function withContent(record: ArticleRecord, change: Pick<RecordSpec, 'title' | 'text' | 'mentions' | 'publishedAt'>): ArticleRecord {
  const a = record.article;
  return makeRecord({
    id: a.id,
    url: a.url,
    outlet: a.outlet,
    sourceName: a.sourceName,
    collections: a.collections,
    title: change.title ?? a.title,
    text: change.text ?? a.text,
    authors: a.authors,
    language: a.language,
    section: a.section,
    publishedAt: change.publishedAt === undefined ? a.publishedAt : change.publishedAt,
    fetchedAt: a.fetchedAt,
    extractorVersion: a.extractorVersion,
    mentions: change.mentions ?? record.mentions,
  });
}

export function makeDoc(spec: RecordSpec = {}): IndexDoc {
  return toIndexDoc(makeRecord(spec));
}

export function makeUrlState(spec: Partial<UrlState> & { status?: UrlStatus } = {}): UrlState {
  return {
    url: spec.url ?? `https://news.example.org/page/${uniqueSuffix()}`,
    status: spec.status ?? 'pending',
    reason: spec.reason ?? null,
    articleId: spec.articleId ?? null,
    etag: spec.etag ?? null,
    lastModified: spec.lastModified ?? null,
    contentHash: spec.contentHash ?? null,
    attempts: spec.attempts ?? 0,
    updatedAt: spec.updatedAt ?? '2024-03-07T08:00:00.000Z',
    sourceId: spec.sourceId ?? null,
    lastError: spec.lastError ?? null,
    nextAttemptAt: spec.nextAttemptAt ?? null,
  };
}

/** Mentions in a stable order, so records can be compared whatever order a store returns. */
export function sortedMentions(record: ArticleRecord): Mention[] {
  return [...record.mentions].sort((a, b) => a.entityId.localeCompare(b.entityId));
}

/** Lambda settings for fetching from the tests' loopback sites: allowed, and without the politeness delay. */
export const LOOPBACK_FETCH_ENV = { FETCH_ALLOW_LOOPBACK: 'true', FETCH_PER_HOST_DELAY_MS: '0', FETCH_UNSAFE_NO_DELAY: 'true' } as const;
