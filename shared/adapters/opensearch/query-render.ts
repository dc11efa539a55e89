/**
 * Renders a query plan (shared/domain/search) as OpenSearch query DSL over the key fields. Only
 * translation happens here: the grammar and the keys come from the domain, and keys reach
 * OpenSearch as term values, never as query syntax.
 */
import { FIELD_BOOST, type KeySequence, type MatchPlan, type TextField } from '../../domain/search/index.js';
import { keyField } from './documents.js';

type Dsl = Record<string, unknown>;

function anyOf(clauses: readonly Dsl[]): Dsl {
  return clauses.length === 1 ? clauses[0]! : { bool: { should: clauses, minimum_should_match: 1 } };
}

function spanOf(field: string, keys: readonly string[], prefix: boolean): Dsl {
  const parts = keys.map((key, i) =>
    prefix && i === keys.length - 1 ? { span_multi: { match: { prefix: { [field]: { value: key } } } } } : { span_term: { [field]: key } },
  );
  return parts.length === 1 ? parts[0]! : { span_near: { clauses: parts, slop: 0, in_order: true } };
}

function sequenceIn(field: TextField, v: KeySequence): Dsl {
  const name = keyField(field, v.stream);
  const boost = FIELD_BOOST[field];
  const [only] = v.keys;
  if (v.keys.length === 1 && only !== undefined) {
    return v.prefix ? { prefix: { [name]: { value: only, boost } } } : { term: { [name]: { value: only, boost } } };
  }
  if (!v.prefix) return { match_phrase: { [name]: { query: v.keys.join(' '), boost } } };
  return { span_near: { clauses: (spanOf(name, v.keys, true) as { span_near: { clauses: Dsl[] } }).span_near.clauses, slop: 0, in_order: true, boost } };
}

export function toOpenSearchQuery(plan: MatchPlan): Dsl {
  switch (plan.kind) {
    case 'all':
      return { match_all: {} };
    case 'keyword':
      return plan.prefix ? { prefix: { keys: { value: plan.key } } } : { term: { keys: plan.key } };
    case 'text':
      return anyOf(plan.fields.flatMap((field) => plan.variants.map((v) => sequenceIn(field, v))));
    case 'near':
      return anyOf(
        plan.fields.flatMap((field) =>
          plan.variants.map((v) => {
            const name = keyField(field, v.stream);
            return {
              span_near: { clauses: [spanOf(name, v.left.keys, v.left.prefix), spanOf(name, v.right.keys, v.right.prefix)], slop: plan.distance, in_order: false, boost: FIELD_BOOST[field] },
            };
          }),
        ),
      );
    case 'or':
      return { bool: { should: plan.items.map(toOpenSearchQuery), minimum_should_match: 1 } };
    case 'not':
      return { bool: { must_not: [toOpenSearchQuery(plan.item)] } };
    case 'and': {
      const required = plan.items.filter((i) => i.kind !== 'not').map(toOpenSearchQuery);
      const excluded = plan.items.flatMap((i) => (i.kind === 'not' ? [toOpenSearchQuery(i.item)] : []));
      return { bool: { ...(required.length > 0 ? { must: required } : {}), ...(excluded.length > 0 ? { must_not: excluded } : {}) } };
    }
  }
}
