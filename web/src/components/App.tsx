/**
 * The workspace: a skip link, the search bar, then the open page — search (results, filters,
 * chart), an entity or an article — and the side panels. The view is the URL (state/view.ts).
 */
import { useEffect, useRef } from 'preact/hooks';
import { DeferredPanels } from '../panels/DeferredPanels.js';
import { canGoBackInApp, useView } from '../state/use-view.js';
import { withValue } from '../state/view.js';
import { ArticlePage } from './ArticlePage.js';
import { EntityPage } from './EntityPage.js';
import { SearchBar, type Suggestion } from './SearchBar.js';
import { SearchView } from './SearchView.js';

const TITLE = 'culture-index';

export function App() {
  const [view, navigate] = useView();
  const main = useRef<HTMLElement>(null);
  const page = view.page;
  const pageKey = page.kind === 'search' ? 'search' : `${page.kind}:${page.id}`;

  // A newly opened entity or article is announced by moving the focus to its heading.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (page.kind !== 'search') main.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [pageKey]);
  useEffect(() => {
    document.title = view.q ? `${view.q} — ${TITLE}` : `${TITLE} — search cultural news`;
  }, [view.q]);

  const onPick = (suggestion: Suggestion, remaining: string): void => {
    if (suggestion.kind === 'entity') navigate({ q: remaining, entities: withValue(view.entities, suggestion.entity.id), page: { kind: 'search' } });
    else navigate({ q: remaining, outlets: withValue(view.outlets, suggestion.source.id), page: { kind: 'search' } });
  };

  return (
    <>
      <a class="skip-link" href={page.kind === 'search' ? '#results-title' : '#main'} onClick={(event) => {
        const target = main.current?.querySelector<HTMLElement>(page.kind === 'search' ? '#results-title' : 'h2');
        if (!target) return;
        event.preventDefault();
        target.focus();
        target.scrollIntoView();
      }}>
        Skip to {page.kind === 'search' ? 'results' : 'content'}
      </a>
      <header class="top">
        <h1>
          <a href={location.pathname} onClick={(event) => { event.preventDefault(); navigate({ page: { kind: 'search' } }); }}>culture-index</a>
        </h1>
        <SearchBar q={view.q} onSearch={(q) => navigate({ q, page: { kind: 'search' } })} onPick={onPick} />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {page.kind !== 'search' ? (
          <p class="back">
            <button type="button" class="link" onClick={() => (canGoBackInApp() ? history.back() : navigate({ page: { kind: 'search' } }))}>
              ← Back
            </button>
          </p>
        ) : null}
        {page.kind === 'search' ? <SearchView view={view} navigate={navigate} /> : null}
        {page.kind === 'entity' ? <EntityPage key={page.id} id={page.id} view={view} navigate={navigate} /> : null}
        {page.kind === 'article' ? <ArticlePage key={page.id} id={page.id} view={view} navigate={navigate} /> : null}
      </main>
      <DeferredPanels view={view} navigate={navigate} />
    </>
  );
}
