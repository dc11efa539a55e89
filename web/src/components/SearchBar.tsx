/**
 * The search box: the query language with its syntax at hand, and suggestions of entities and
 * sources for the word being typed (a combobox: arrows move, Enter picks, Escape closes). Picking
 * a suggestion turns the typed word into a filter.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntitySummary } from '../api/client.js';
import { suggest, type SourceSummary, type Suggestions } from '../api/extensions.js';

const SUGGESTION_LIMIT = 6;
const MIN_PREFIX = 2;
const DEBOUNCE_MS = 150;

export type Suggestion = { readonly kind: 'entity'; readonly entity: EntitySummary } | { readonly kind: 'source'; readonly source: SourceSummary };

export interface SearchBarProps {
  readonly q: string;
  readonly onSearch: (q: string) => void;
  /** The typed word is dropped from the query and the entity or source becomes a filter. */
  readonly onPick: (suggestion: Suggestion, remainingQuery: string) => void;
}

/** The word being typed (after the last space), unless it is query syntax. */
export function typedWord(text: string): string {
  const word = text.slice(text.lastIndexOf(' ') + 1);
  return /^[-"(]|[:*)]$|^(OR|AND|NOT)$/.test(word) ? '' : word;
}

function listOf(found: Suggestions): Suggestion[] {
  return [...found.entities.map((entity) => ({ kind: 'entity' as const, entity })), ...found.sources.map((source) => ({ kind: 'source' as const, source }))];
}

function SyntaxHelp() {
  return (
    <details class="syntax-help">
      <summary>Query syntax</summary>
      <dl>
        <dt><code>film agency</code></dt><dd>both words (AND is implicit)</dd>
        <dt><code>dubbing OR subtitles</code></dt><dd>either word</dd>
        <dt><code>-sport</code>, <code>NOT sport</code></dt><dd>leave out articles with the word</dd>
        <dt><code>"voice acting"</code></dt><dd>the exact phrase</dd>
        <dt><code>muse*</code></dt><dd>words starting with “muse”</dd>
        <dt><code>(film OR cinema) festival</code></dt><dd>groups</dd>
        <dt><code>NEAR/5(film agency)</code></dt><dd>words at most 5 apart</dd>
        <dt><code>title:festival</code>, <code>entity:"Leyla Rəhimova"</code></dt><dd>one field only</dd>
      </dl>
      <p>Case and diacritics are ignored. A typo in the syntax is answered with where it is and how to write it.</p>
    </details>
  );
}

function useSuggestions(word: string): Suggestion[] {
  const [items, setItems] = useState<Suggestion[]>([]);
  useEffect(() => {
    if (word.length < MIN_PREFIX) {
      setItems([]);
      return undefined;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      suggest(word, SUGGESTION_LIMIT, controller.signal).then(
        (found) => setItems(listOf(found)),
        () => setItems([]), // suggestions are a help; a failure just shows none
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [word]);
  return items;
}

export function SearchBar({ q, onSearch, onPick }: SearchBarProps) {
  const [text, setText] = useState(q);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setText(q), [q]);
  const word = open ? typedWord(text) : '';
  const items = useSuggestions(word);
  const shown = open && items.length > 0;

  const pick = (item: Suggestion): void => {
    setOpen(false);
    setActive(-1);
    onPick(item, text.slice(0, text.length - word.length).trim());
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (!shown) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + items.length) % items.length);
    } else if (event.key === 'Enter' && active >= 0 && items[active]) {
      event.preventDefault();
      pick(items[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <form
      id="search-form"
      role="search"
      class="search"
      onSubmit={(event) => {
        event.preventDefault();
        setOpen(false);
        onSearch(text.trim());
      }}
    >
      <label for="q" class="visually-hidden">Search articles</label>
      <div class="combo">
        <input
          id="q"
          ref={input}
          type="search"
          name="q"
          maxLength={500}
          autoComplete="off"
          placeholder='Search — words, "a phrase", prefix*, OR, -not'
          value={text}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={shown}
          aria-controls="suggestions"
          aria-activedescendant={shown && active >= 0 ? `suggestion-${active}` : undefined}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
        <ul id="suggestions" role="listbox" aria-label="Suggestions" class="suggestions" hidden={!shown}>
          {items.map((item, i) => (
            <li
              id={`suggestion-${i}`}
              key={item.kind === 'entity' ? `e:${item.entity.id}` : `s:${item.source.id}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : ''}
              onMouseDown={(event) => {
                event.preventDefault(); // keep the focus in the box
                pick(item);
              }}
            >
              {item.kind === 'entity' ? (
                <>
                  <span>{item.entity.name}</span> <span class="kind">{item.entity.type} · {item.entity.articleCount}</span>
                </>
              ) : (
                <>
                  <span>{item.source.name}</span> <span class="kind">source · {item.source.articleCount}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      </div>
      <button type="submit">Search</button>
      <SyntaxHelp />
    </form>
  );
}
