/** The active filters as chips; each one removes its filter. */
import type { Navigate } from '../state/use-view.js';
import type { View } from '../state/view.js';

interface Chip {
  readonly label: string;
  readonly remove: Partial<View>;
}

function chipsOf(view: View, labels: ReadonlyMap<string, string>): Chip[] {
  const without = (list: readonly string[], value: string) => list.filter((item) => item !== value);
  return [
    ...view.entities.map((id) => ({ label: `entity: ${labels.get(id) ?? id}`, remove: { entities: without(view.entities, id) } })),
    ...view.types.map((type) => ({ label: `mentions a ${type}`, remove: { types: view.types.filter((item) => item !== type) } })),
    ...view.outlets.map((id) => ({ label: `source: ${labels.get(id) ?? id}`, remove: { outlets: without(view.outlets, id) } })),
    ...view.collections.map((id) => ({ label: `collection: ${labels.get(id) ?? id}`, remove: { collections: without(view.collections, id) } })),
    ...view.langs.map((lang) => ({ label: `language: ${lang}`, remove: { langs: without(view.langs, lang) } })),
    ...(view.from ? [{ label: `from ${view.from}`, remove: { from: '' } }] : []),
    ...(view.to ? [{ label: `to ${view.to}`, remove: { to: '' } }] : []),
  ];
}

export function ActiveFilters({ view, labels, navigate }: { view: View; labels: ReadonlyMap<string, string>; navigate: Navigate }) {
  const chips = chipsOf(view, labels);
  if (chips.length === 0) return null;
  return (
    <ul class="chips" aria-label="Active filters">
      {chips.map((chip) => (
        <li key={chip.label}>
          <button type="button" class="chip" aria-label={`Remove filter ${chip.label}`} onClick={() => navigate(chip.remove)}>
            {chip.label} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
