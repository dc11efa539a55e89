/**
 * Filters: entity types, dates, sort, collections, sources, languages, and the top entities of
 * the current results. Collapsible (closed by default on narrow screens, so results come first).
 * Values come from the search's facets, and from /sources where the API has it.
 */
import type { ComponentChildren } from 'preact';
import type { Facets, FacetCount } from '../api/client.js';
import type { SourceList } from '../api/extensions.js';
import type { Navigate } from '../state/use-view.js';
import { ENTITY_TYPES, SORTS, type View } from '../state/view.js';
import { Fold } from './Fold.js';
import { EntityLink } from './links.js';

export interface FiltersProps {
  readonly view: View;
  readonly facets: Facets | null;
  readonly sources: SourceList | null;
  readonly navigate: Navigate;
  readonly startOpen: boolean;
}

type ListKey = 'outlets' | 'collections' | 'langs' | 'types';

function toggled(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/** Checkboxes for a list filter: the facet values (with counts), plus selected values not among them. */
function CheckList(props: { legend: string; name: ListKey; options: readonly FacetCount[]; view: View; navigate: Navigate }) {
  const selected = props.view[props.name] as readonly string[];
  const values = new Map(props.options.map((option) => [option.value, option]));
  for (const value of selected) if (!values.has(value)) values.set(value, { value, count: 0 });
  if (values.size === 0) return null;
  return (
    <fieldset class="check-list">
      <legend>{props.legend}</legend>
      {[...values.values()].map((option) => (
        <label key={option.value}>
          <input
            type="checkbox"
            checked={selected.includes(option.value)}
            onChange={() => props.navigate({ [props.name]: toggled(selected, option.value), page: { kind: 'search' } } as Partial<View>)}
          />
          <span class="label">{option.label ?? option.value}</span>
          {option.count > 0 ? <span class="count">{option.count}</span> : null}
        </label>
      ))}
    </fieldset>
  );
}

function TopEntities({ facets, view, navigate }: { facets: Facets; view: View; navigate: Navigate }) {
  const groups = ENTITY_TYPES.map((type) => [type, facets.entities[type] ?? []] as const).filter(([, items]) => items.length > 0);
  if (groups.length === 0) return null;
  return (
    <section class="top-entities" aria-labelledby="top-entities-title">
      <h2 id="top-entities-title">Mentioned most</h2>
      {groups.map(([type, items]) => (
        <div key={type}>
          <h3>{type}</h3>
          <ul>
            {items.map((item) => (
              <li key={item.value}>
                <EntityLink id={item.value} name={item.label ?? item.value} view={view} navigate={navigate} />
                <button
                  type="button"
                  class="add"
                  aria-label={`Filter by ${item.label ?? item.value}`}
                  title="Only articles that mention this entity"
                  onClick={() => navigate({ entities: view.entities.includes(item.value) ? [...view.entities] : [...view.entities, item.value] })}
                >
                  +
                </button>
                <span class="count">{item.count}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function Field({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <label class="field">
      <span>{label}</span>
      {children}
    </label>
  );
}

function collectionOptions(facets: Facets | null, sources: SourceList | null): FacetCount[] {
  const counts = new Map((facets?.collections ?? []).map((facet) => [facet.value, facet]));
  if (!sources) return [...counts.values()];
  return sources.collections.map((collection) => ({ value: collection.id, label: collection.name, count: counts.get(collection.id)?.count ?? 0 }));
}

/** Every source where /sources exists (with this search's counts), else the sources among the results. */
function sourceOptions(facets: Facets | null, sources: SourceList | null): FacetCount[] {
  const found = facets?.outlets ?? [];
  if (!sources) return found;
  const counts = new Map(found.map((facet) => [facet.value, facet.count]));
  return [...sources.sources]
    .map((source) => ({ value: source.id, label: source.name, count: counts.get(source.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export function Filters({ view, facets, sources, navigate, startOpen }: FiltersProps) {
  const active = view.types.length + view.outlets.length + view.collections.length + view.langs.length + view.entities.length + (view.from ? 1 : 0) + (view.to ? 1 : 0);
  const types = ENTITY_TYPES.map((type) => ({ value: type, count: 0 }));
  // Folded (a phone), the fields and facet lists are not drawn at all until opened: less work
  // before and with every set of results.
  return (
    <Fold className="filters" startOpen={startOpen} summary={`Filters${active > 0 ? ` (${active} active)` : ''}`} body={() => (
      <div class="filter-body">
        <div class="row">
          <Field label="From">
            <input type="date" id="from" value={view.from} onChange={(event) => navigate({ from: event.currentTarget.value })} />
          </Field>
          <Field label="To">
            <input type="date" id="to" value={view.to} onChange={(event) => navigate({ to: event.currentTarget.value })} />
          </Field>
        </div>
        <Field label="Sort">
          <select id="sort" value={view.sort} onChange={(event) => navigate({ sort: event.currentTarget.value as View['sort'] })}>
            <option value="">default (best match; newest without a query)</option>
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>{sort}</option>
            ))}
          </select>
        </Field>
        <label class="collapse-toggle">
          <input type="checkbox" id="collapse" checked={view.collapse} onChange={(event) => navigate({ collapse: event.currentTarget.checked })} /> Collapse reprints (one hit per story)
        </label>
        <CheckList legend="Articles mentioning a" name="types" options={types} view={view} navigate={navigate} />
        <CheckList legend="Collections" name="collections" options={collectionOptions(facets, sources)} view={view} navigate={navigate} />
        <CheckList legend="Sources" name="outlets" options={sourceOptions(facets, sources)} view={view} navigate={navigate} />
        <CheckList legend="Languages" name="langs" options={facets?.languages ?? []} view={view} navigate={navigate} />
        {facets ? <TopEntities facets={facets} view={view} navigate={navigate} /> : null}
      </div>
    )} />
  );
}
