/**
 * Relevance pages as score levels. A hit's score is the body's plus the boosts of the earned sets
 * (a scored clause found in the title or in entity names, search-index.ts) it belongs to, so the
 * hits fall into at most 2^k levels of equal score for k earned sets. Each level is a set of hits
 * computed word-wise (AND the sets it is in, AND NOT the others), and within a level hits are
 * ordered newest first exactly as in a date sort. A page is then the levels in descending score,
 * each paged like a date sort, until the page is full — instead of a score summed by a closure
 * for every hit with a bonus and a heap over all of them.
 *
 * The keys are those of top-hits.ts's relevance order: a = −score, with each level's score summed
 * as scoreOf sums it (in the order of the earned sets, from zero, then added to the body's), so
 * the floats, and therefore pages and cursors, are the same whichever way a page is found.
 */
import type { Bitset } from './bitset.js';
import type { SortKey } from './top-hits.js';

/** The documents where one scored clause stands in one bonus field, and what that earns. */
export interface EarnedSet {
  readonly boost: number;
  readonly set: Bitset;
}

/** The boosts a document earns above `base` for the earned sets it is in, summed in their order. */
export function scoreIn(base: number, earned: readonly EarnedSet[], rowid: number): number {
  let bonus = 0;
  for (const { boost, set } of earned) if (set.has(rowid)) bonus += boost;
  return base + bonus;
}

/** One score and the combinations of earned sets (bit i: set i) that sum to it. */
export interface ScoreLevel {
  readonly score: number;
  readonly masks: readonly number[];
}

/** Above this many earned sets the 2^k combinations cost more than scoring the hits with a bonus. */
export const MAX_LEVEL_SETS = 6;

/** Every score a hit can have, highest first, each with the combinations of sets that give it. */
export function scoreLevels(base: number, boosts: readonly number[]): ScoreLevel[] {
  const byScore = new Map<number, number[]>();
  for (let mask = 0; mask < 1 << boosts.length; mask += 1) {
    // The same additions, in the same order, as scoreIn: equal floats for equal combinations.
    let bonus = 0;
    for (let i = 0; i < boosts.length; i += 1) if ((mask & (1 << i)) !== 0) bonus += boosts[i]!;
    const score = base + bonus;
    const masks = byScore.get(score);
    if (masks === undefined) byScore.set(score, [mask]);
    else masks.push(mask);
  }
  return [...byScore].map(([score, masks]) => ({ score, masks })).sort((x, y) => y.score - x.score);
}

/** The hits in exactly the sets of one of `masks`: in every set of the mask and in no other. */
export function levelHits(hits: Bitset, earned: readonly EarnedSet[], masks: readonly number[]): Bitset {
  const level = exactlyIn(hits, earned, masks[0]!);
  for (const mask of masks.slice(1)) level.or(exactlyIn(hits, earned, mask));
  return level;
}

function exactlyIn(hits: Bitset, earned: readonly EarnedSet[], mask: number): Bitset {
  const level = hits.copy();
  earned.forEach(({ set }, i) => ((mask & (1 << i)) !== 0 ? level.and(set) : level.andNot(set)));
  return level;
}

/**
 * The first `count` keys of one level after `after` (from its start when null), newest first,
 * with `a` = −score (as a date sort orders them: part b, then rowid).
 */
export type LevelPage = (level: Bitset, score: number, count: number, after: SortKey | null) => SortKey[];

/**
 * The first `count` relevance keys after the cursor: levels above the cursor's score are skipped,
 * the cursor's own level starts after it, lower levels from their start.
 */
export function firstLevelKeys(levels: readonly ScoreLevel[], hitsOf: (level: ScoreLevel) => Bitset, page: LevelPage, count: number, after: SortKey | null): SortKey[] {
  const out: SortKey[] = [];
  for (const level of levels) {
    if (out.length >= count) break;
    const a = -level.score;
    if (after !== null && a < after.a) continue;
    out.push(...page(hitsOf(level), level.score, count - out.length, after !== null && a === after.a ? after : null));
  }
  return out;
}
