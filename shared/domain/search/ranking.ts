/**
 * How hits are ranked, by one rule for every engine: a hit scores the boost of each field a query
 * word (or phrase, or NEAR pair) of it was found in — title 3, entity names 1.5, body 1 — and
 * equal scores are ordered newest first. A score depends on the document and the query only,
 * never on the rest of the collection (unlike bm25's idf and average length), so keyset cursors
 * on (score, date, id) never repeat or skip a hit while documents are indexed, and the best page
 * of a query matching most of the collection is found without scoring every hit against it.
 * OpenSearch sums the boosts of every matching clause (each spelling and stem); SQLite adds the
 * title and entity-name boosts of each scored clause to the body's, so scores may differ.
 */
import type { MatchPlan } from './query-plan.js';
import type { TextField } from './text-keys.js';

export const FIELD_BOOST: Readonly<Record<TextField, number>> = { title: 3, body: 1, entities: 1.5 };

/** A word, phrase or NEAR pair that adds its fields' boosts to the score of a hit containing it. */
export type ScoredClause = Extract<MatchPlan, { kind: 'text' } | { kind: 'near' }>;

/** The clauses of a plan that can earn a score: those not under a NOT. */
export function scoredClauses(plan: MatchPlan | null): ScoredClause[] {
  if (plan === null) return [];
  switch (plan.kind) {
    case 'text':
    case 'near':
      return [plan];
    case 'and':
    case 'or':
      return plan.items.flatMap(scoredClauses);
    case 'not':
    case 'keyword':
    case 'all':
      return [];
  }
}

/** One clause restricted to one of its fields: a hit in that field earns that field's boost. */
export function clauseInField(clause: ScoredClause, field: TextField): ScoredClause {
  return { ...clause, fields: [field] };
}
