/** One article as the cluster table keeps it: who published it, when, and what it looks like. */
export interface ClusterMember {
  readonly articleId: string;
  readonly clusterId: string;
  readonly outlet: string;
  readonly sourceName: string;
  readonly url: string;
  readonly title: string;
  readonly language: string;
  readonly publishedAt: string | null;
  readonly fetchedAt: string;
  /** MinHash signature (encodeSignature); null for an article without words. */
  readonly signature: string | null;
  /** Distinct shingles the signature was taken over (turns the Jaccard estimate into containment). */
  readonly shingles: number;
  /** Entity ids, most mentioned first. */
  readonly entityIds: readonly string[];
}

/** Where one copy of a story appeared. */
export type Publication = Pick<ClusterMember, 'articleId' | 'outlet' | 'sourceName' | 'url' | 'title' | 'language' | 'publishedAt'>;

/** A story and every outlet that carried it; the first publisher is the earliest dated copy. */
export interface Cluster {
  readonly id: string;
  readonly size: number;
  readonly firstPublisher: Publication;
  /** The other copies, earliest first. */
  readonly alsoPublishedBy: readonly Publication[];
}
