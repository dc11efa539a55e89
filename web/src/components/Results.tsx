/** The result list: title (opens the article page), source, date, language, highlighted snippet. */
import type { SearchHit } from '../api/client.js';
import type { Navigate } from '../state/use-view.js';
import type { View } from '../state/view.js';
import { snippetPieces } from '../text/snippet.js';
import { formatDate, PageLink, safeHref } from './links.js';

function Snippet({ text }: { text: string }) {
  return <p class="snippet">{snippetPieces(text).map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text))}</p>;
}

function Hit({ hit, view, navigate }: { hit: SearchHit; view: View; navigate: Navigate }) {
  const original = safeHref(hit.url);
  return (
    <li class="hit">
      <h3>
        <PageLink page={{ kind: 'article', id: hit.id }} view={view} navigate={navigate}>
          {hit.title || '(untitled)'}
        </PageLink>
      </h3>
      <p class="meta">
        <span class="source">{hit.sourceName || hit.outlet}</span> · <time dateTime={hit.publishedAt ?? undefined}>{formatDate(hit.publishedAt)}</time> ·{' '}
        <span lang="en">{hit.language}</span>
        {original ? (
          <>
            {' · '}
            <a href={original} rel="noopener noreferrer" target="_blank">
              original<span class="visually-hidden"> page of “{hit.title}” (opens a new tab)</span>
            </a>
          </>
        ) : null}
      </p>
      <Snippet text={hit.snippet} />
    </li>
  );
}

export function Results(props: { hits: readonly SearchHit[]; view: View; navigate: Navigate }) {
  return (
    <ol class="hits" id="hits">
      {props.hits.map((hit) => (
        <Hit key={hit.id} hit={hit} view={props.view} navigate={props.navigate} />
      ))}
    </ol>
  );
}
