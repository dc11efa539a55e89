export { effectiveSort, queryFingerprint, SEARCH_SORTS, type SearchSort } from './cursor-binding.js';
export { QuerySyntaxError } from './query-error.js';
export { QUERY_FIELDS, ALL_DOCUMENTS_KEY, keywordKey, type QueryFieldName } from './query-fields.js';
export { planQuery, someTextClause, type MatchPlan, type KeySequence, type NearVariant } from './query-plan.js';
export { adjacentPairs, pairsAreExact, phrasePairs, type KeyPair } from './key-pairs.js';
export { parseSearchQuery, MAX_NEAR_DISTANCE, type QueryNode } from './query-syntax.js';
export { toSearchDocument, type SearchDocument } from './search-document.js';
export { escapeHtml, makeSnippet, snippetMaker, wordMatcher } from './snippet.js';
export { analyseField, CONVENTIONS, TEXT_FIELDS, type KeyStream, type TextField } from './text-keys.js';

import { parseSearchQuery } from './query-syntax.js';
import { planQuery, type MatchPlan } from './query-plan.js';

/** Parse and plan in one step: what adapters call with the user's text. */
export function compileQuery(text: string): MatchPlan | null {
  return planQuery(parseSearchQuery(text));
}
export { FIELD_BOOST, scoredClauses, clauseInField, type ScoredClause } from './ranking.js';
