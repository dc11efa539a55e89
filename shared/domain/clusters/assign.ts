import type { Article } from '../model.js';
import type { Cluster, ClusterMember, Publication } from './model.js';
import { bandKeys, decodeSignature, encodeSignature, estimatedJaccard, shingleHashes, signatureOf, type Signature } from './minhash.js';

/**
 * Thresholds of "the same story". Tuned on the generated dev pairs of `npm run eval:clusters`
 * (see the README for the figures); hard negatives there are same-topic articles.
 */
export const MATCH = {
  /** Estimated Jaccard of shingle sets at or above which two texts are copies. */
  jaccard: 0.45,
  /** A trimmed copy: most of the shorter text's shingles are in the longer one … */
  containment: 0.75,
  /** … and the overlap is not noise. */
  jaccardFloor: 0.2,
  /** Across languages: entities the two articles must share, and their Jaccard … */
  sharedEntities: 3,
  entityJaccard: 0.5,
  /** … and how far apart (hours) their publication times may be. */
  hours: 48,
} as const;

/**
 * Bounds of the LSH lookup, so that clustering costs the same per article however large the store
 * grows. A key shared by more than `keyMembers` stored articles is a stop-key (boilerplate wording,
 * a day's most common entity triple): it says nothing about one story and its bucket only grows,
 * so every store skips it on lookup — copies still meet through their other band keys.
 */
export const LOOKUP = {
  /** Candidates read per article: enough for any real syndication. */
  candidates: 200,
  /** Members a key may have and still be looked up. */
  keyMembers: 64,
} as const;

/** Entities taken into cross-language keys: the article's most mentioned ones. */
const KEY_ENTITIES = 5;
const DAY_MS = 86_400_000;

export interface ClusterSubject {
  readonly article: Article;
  /** Entity ids, most mentioned first. */
  readonly entityIds: readonly string[];
}

/** What the store needs to find an article's candidates and to keep it as one. */
export interface Fingerprint {
  readonly member: Omit<ClusterMember, 'clusterId'>;
  /** Keys stored with the article. */
  readonly keys: readonly string[];
  /** Keys to look up candidates by (the stored keys plus neighbouring days for entity keys). */
  readonly lookupKeys: readonly string[];
}

function dayOf(instant: string | null): number | null {
  if (instant === null) return null;
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
}

/**
 * Keys of triples of the top entities on one day: a translation shares at least
 * MATCH.sharedEntities (3) entities, so it shares a triple of the top ones; pairs would make
 * buckets of every day's "Baku + Ministry of Culture" articles.
 */
function entityKeys(entityIds: readonly string[], day: number): string[] {
  const top = [...new Set(entityIds)].slice(0, KEY_ENTITIES).sort();
  const keys: string[] = [];
  for (let i = 0; i < top.length; i += 1) {
    for (let j = i + 1; j < top.length; j += 1) for (let k = j + 1; k < top.length; k += 1) keys.push(`x:${day}:${top[i]}|${top[j]}|${top[k]}`);
  }
  return keys;
}

export function fingerprint(subject: ClusterSubject): Fingerprint {
  const { article } = subject;
  const shingles = shingleHashes(article.text);
  const signature = signatureOf(shingles);
  const wordKeys = signature ? bandKeys(signature, article.language) : [];
  const day = dayOf(article.publishedAt);
  const ownEntityKeys = day === null ? [] : entityKeys(subject.entityIds, day);
  const nearEntityKeys = day === null ? [] : [day - 1, day + 1].flatMap((d) => entityKeys(subject.entityIds, d));
  const member = {
    articleId: article.id,
    outlet: article.sourceId,
    sourceName: article.sourceName,
    url: article.canonicalUrl || article.url,
    title: article.title,
    language: article.language,
    publishedAt: article.publishedAt,
    fetchedAt: article.fetchedAt,
    signature: signature ? encodeSignature(signature) : null,
    shingles: shingles.length,
    entityIds: [...subject.entityIds],
  };
  return { member, keys: [...wordKeys, ...ownEntityKeys], lookupKeys: [...wordKeys, ...ownEntityKeys, ...nearEntityKeys] };
}

type Subject = Omit<ClusterMember, 'clusterId'> & { readonly decoded?: Signature | null };

/** How alike two same-language texts are: 0 when not copies, else the estimated Jaccard. */
function wordingScore(a: Subject, b: ClusterMember): number {
  if (a.language !== b.language || a.signature === null || b.signature === null) return 0;
  const sa: Signature | null = a.decoded === undefined ? decodeSignature(a.signature) : a.decoded;
  const sb: Signature | null = decodeSignature(b.signature);
  if (!sa || !sb) return 0;
  const jaccard = estimatedJaccard(sa, sb);
  if (jaccard >= MATCH.jaccard) return jaccard;
  if (jaccard < MATCH.jaccardFloor) return 0;
  const overlap = (jaccard * (a.shingles + b.shingles)) / (1 + jaccard);
  const containment = overlap / Math.max(1, Math.min(a.shingles, b.shingles));
  return containment >= MATCH.containment ? jaccard : 0;
}

/** Articles in different languages about the same entities within MATCH.hours: 0..1, 0 = no. */
function entityScore(a: Omit<ClusterMember, 'clusterId'>, b: ClusterMember): number {
  if (a.language === b.language || a.publishedAt === null || b.publishedAt === null) return 0;
  const apart = Math.abs(Date.parse(a.publishedAt) - Date.parse(b.publishedAt));
  if (!(apart <= MATCH.hours * 3_600_000)) return 0;
  const mine = new Set(a.entityIds);
  const shared = new Set(b.entityIds.filter((id) => mine.has(id))).size;
  const union = new Set([...a.entityIds, ...b.entityIds]).size;
  if (shared < MATCH.sharedEntities || union === 0 || shared / union < MATCH.entityJaccard) return 0;
  return shared / union;
}

/** Whether two articles are copies (or translations) of one story, and how strongly (0 = no). */
export function sameStory(a: Subject, b: ClusterMember): number {
  // Wording beats entities: a copy in the same language always outranks a cross-language match.
  const wording = wordingScore(a, b);
  return wording > 0 ? 1 + wording : entityScore(a, b);
}

/**
 * The cluster an article joins: that of its most similar candidate, or a new one named after the
 * article itself. Cluster ids never change once given, so indexes may keep them.
 */
export function chooseCluster(member: Omit<ClusterMember, 'clusterId'>, candidates: readonly ClusterMember[]): string {
  let best: { clusterId: string; score: number } | null = null;
  // The subject's signature is decoded once, not once per candidate.
  const subject: Subject = { ...member, decoded: member.signature === null ? null : decodeSignature(member.signature) };
  for (const candidate of candidates) {
    if (candidate.articleId === member.articleId) continue;
    const score = sameStory(subject, candidate);
    if (score > 0 && (best === null || score > best.score || (score === best.score && candidate.clusterId < best.clusterId))) {
      best = { clusterId: candidate.clusterId, score };
    }
  }
  return best?.clusterId ?? member.articleId;
}

function publication(member: ClusterMember): Publication {
  return {
    articleId: member.articleId,
    outlet: member.outlet,
    sourceName: member.sourceName,
    url: member.url,
    title: member.title,
    language: member.language,
    publishedAt: member.publishedAt,
  };
}

function timeOf(instant: string | null): number {
  const ms = instant === null ? Number.NaN : Date.parse(instant);
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}

/** Earliest publication first; undated copies after dated ones, then by fetch time and id. */
function earlier(a: ClusterMember, b: ClusterMember): number {
  const at = timeOf(a.publishedAt);
  const bt = timeOf(b.publishedAt);
  if (at !== bt) return at < bt ? -1 : 1;
  if (a.fetchedAt !== b.fetchedAt) return a.fetchedAt < b.fetchedAt ? -1 : 1;
  return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0;
}

/** The cluster view of its members; null for none. */
export function describeCluster(id: string, members: readonly ClusterMember[]): Cluster | null {
  const ordered = [...members].sort(earlier);
  const [first, ...rest] = ordered;
  if (!first) return null;
  return { id, size: ordered.length, firstPublisher: publication(first), alsoPublishedBy: rest.map(publication) };
}
