/**
 * `npm run eval:clusters` — pair precision and recall of syndication clustering on a labelled set
 * generated in the team's own words (bench/lib/reprints.ts): a dev set the thresholds were tuned
 * on (seed 1) and a check set never tuned on (seed 2). Beside culture-index (MinHash/LSH,
 * incremental, as the pipeline runs it) two peers on the same articles in the same run:
 *   exact-text   articles grouped by identical normalised text (what content-hash dedupe finds)
 *   all-pairs    exact shingle Jaccard ≥ MATCH.jaccard over every same-language pair (no LSH)
 * Also: whether each cluster names the original as first publisher, and false merges of
 * same-topic hard negatives, and culture-index without stop-keys (LOOKUP.keyMembers).   Options: EVAL_STORIES=n (default 400).
 */
import { performance } from 'node:perf_hooks';
import { chooseCluster, describeCluster, fingerprint, LOOKUP, MATCH } from '../shared/domain/clusters/assign.js';
import type { ClusterMember } from '../shared/domain/clusters/model.js';
import { shingleHashes, words } from '../shared/domain/clusters/minhash.js';
import { MemoryClusterStore } from '../shared/adapters/memory/cluster-store.js';
import { generateLabelledSet, type LabelledArticle } from './lib/reprints.js';

const STORIES = Number(process.env['EVAL_STORIES'] ?? 400);

type Assignment = ReadonlyMap<string, string>;

function pairs(n: number): number {
  return (n * (n - 1)) / 2;
}

/** Pair precision and recall of `predicted` (article → cluster) against the stories. */
function pairScores(items: readonly LabelledArticle[], predicted: Assignment): { precision: number; recall: number; f1: number; truePairs: number } {
  const byCluster = new Map<string, number>();
  const byStory = new Map<string, number>();
  const byBoth = new Map<string, number>();
  for (const item of items) {
    const cluster = predicted.get(item.article.id) ?? item.article.id;
    byCluster.set(cluster, (byCluster.get(cluster) ?? 0) + 1);
    byStory.set(item.story, (byStory.get(item.story) ?? 0) + 1);
    const both = `${cluster}\u0000${item.story}`;
    byBoth.set(both, (byBoth.get(both) ?? 0) + 1);
  }
  const sum = (map: Map<string, number>): number => [...map.values()].reduce((total, n) => total + pairs(n), 0);
  const tp = sum(byBoth);
  const precision = tp / Math.max(1, sum(byCluster));
  const recall = tp / Math.max(1, sum(byStory));
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), truePairs: sum(byStory) };
}

async function clusterIncrementally(items: readonly LabelledArticle[], keyMembers: number = LOOKUP.keyMembers): Promise<{ assignment: Assignment; store: MemoryClusterStore; ms: number }> {
  const store = new MemoryClusterStore();
  const started = performance.now();
  for (const item of items) {
    const print = fingerprint({ article: item.article, entityIds: item.entityIds });
    const clusterId = chooseCluster(print.member, await store.candidates(print.lookupKeys, LOOKUP.candidates, keyMembers));
    await store.putMember({ ...print.member, clusterId }, print.keys);
  }
  return { assignment: store.assignments(), store, ms: performance.now() - started };
}

function exactText(items: readonly LabelledArticle[]): Assignment {
  const first = new Map<string, string>();
  return new Map(
    items.map((item) => {
      const key = words(item.article.text).join(' ');
      if (!first.has(key)) first.set(key, item.article.id);
      return [item.article.id, first.get(key)!];
    }),
  );
}

/** Union-find over every same-language pair whose exact shingle Jaccard reaches the threshold. */
function allPairs(items: readonly LabelledArticle[]): Assignment {
  const sets = items.map((item) => new Set(shingleHashes(item.article.text)));
  const parent = items.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      if (items[i]!.article.language !== items[j]!.article.language) continue;
      const a = sets[i]!;
      const b = sets[j]!;
      let shared = 0;
      for (const x of a) if (b.has(x)) shared += 1;
      if (shared / (a.size + b.size - shared) >= MATCH.jaccard) parent[root(j)] = root(i);
    }
  }
  return new Map(items.map((item, i) => [item.article.id, String(root(i))]));
}

/** Share of clusters holding an original whose first publisher is that original. */
async function firstPublisherAccuracy(items: readonly LabelledArticle[], store: MemoryClusterStore): Promise<number> {
  const originals = items.filter((item) => item.kind === 'original');
  let right = 0;
  let judged = 0;
  for (const original of originals) {
    const member: ClusterMember | null = await store.memberOf(original.article.id);
    const cluster = member ? await store.getCluster(member.clusterId) : null;
    if (!cluster || cluster.size < 2) continue;
    judged += 1;
    if (cluster.firstPublisher.articleId === original.article.id) right += 1;
  }
  return right / Math.max(1, judged);
}

function falseMerges(items: readonly LabelledArticle[], assignment: Assignment): number {
  const clusterOfStory = new Map(items.filter((i) => i.kind === 'original').map((i) => [i.story, assignment.get(i.article.id)]));
  return items.filter((i) => i.kind === 'same-topic' && assignment.get(i.article.id) === clusterOfStory.get(i.story.replace(/-n$/, ''))).length;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

async function evaluate(name: string, seed: number): Promise<void> {
  const set = generateLabelledSet(STORIES, seed);
  const items = set.articles;
  const ours = await clusterIncrementally(items);
  const scores = {
    'culture-index': pairScores(items, ours.assignment),
    // The same without stop-keys: what the LOOKUP.keyMembers bound costs in quality (nothing, we hope).
    'no stop-keys': pairScores(items, (await clusterIncrementally(items, Number.POSITIVE_INFINITY)).assignment),
    'exact-text': pairScores(items, exactText(items)),
    'all-pairs': pairScores(items, allPairs(items)),
  };
  const within = (kind: LabelledArticle['kind']) => items.filter((i) => i.kind === 'original' || i.kind === kind);
  console.log(`\n${name} (seed ${seed}): ${items.length} articles — ${set.counts.original} originals, ${set.counts.reprint} reprints, ${set.counts.translation} translations, ${set.counts['same-topic']} same-topic hard negatives; ${scores['culture-index'].truePairs} true pairs`);
  for (const [peer, s] of Object.entries(scores)) {
    console.log(`  ${peer.padEnd(14)} precision ${pct(s.precision).padStart(6)}   recall ${pct(s.recall).padStart(6)}   F1 ${pct(s.f1).padStart(6)}`);
  }
  console.log(`  culture-index recall of reprint pairs ${pct(pairScores(within('reprint'), ours.assignment).recall)}, of translation pairs ${pct(pairScores(within('translation'), ours.assignment).recall)}`);
  console.log(`  first publisher right in ${pct(await firstPublisherAccuracy(items, ours.store))} of multi-article clusters; hard negatives merged into their original's cluster: ${falseMerges(items, ours.assignment)} of ${set.counts['same-topic']}`);
  console.log(`  clustering speed ${Math.round(items.length / (ours.ms / 1000)).toLocaleString('en-US')} articles/s (in-memory table)`);
}

await evaluate('dev', 1);
await evaluate('check', 2);
