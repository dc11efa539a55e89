/** The view's filters as typed query objects of the generated client (empty lists left out). */
import type { Filters } from '../state/view.js';

const list = <T,>(values: readonly T[]): T[] | undefined => (values.length > 0 ? [...values] : undefined);
const text = (value: string): string | undefined => (value === '' ? undefined : value);

export function filterQuery(filters: Filters) {
  return {
    type: list(filters.types),
    outlet: list(filters.outlets),
    collection: list(filters.collections),
    lang: list(filters.langs),
    entity: list(filters.entities),
    from: text(filters.from),
    to: text(filters.to),
  };
}
