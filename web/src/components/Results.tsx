/** The result list: title (opens the article page), source, date, language, highlighted snippet. */
import type { Schemas, SearchHit } from '../api/client.js';
import type { Navigate } from '../state/use-view.js';
import type { View } from '../state/view.js';
import { snippetPieces } from '../text/snippet.js';
import { formatDate, PageLink, safeHref } from './links.js';

function Snippet({ text }: { text: string }) {
  return <p class="snippet">{snippetPieces(text).map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text))}</p>;
}

type Publication = Schemas['Publication'];

function Publisher({ publication, first }: { publication: Publication; first: boolean }) {
  const href = safeHref(publication.url);
  const name = publication.sourceName || publication.outlet;
  return (
    <li>
      {href ? (
        <a href={href} rel="noopener noreferrer" target="_blank">
          {name}
          <span class="visually-hidden"> (opens a new tab)</span>
        </a>
      ) : (
        name
      )}
      {publication.publishedAt ? <> <time dateTime={publication.publishedAt}>{formatDate(publication.publishedAt)}</time></> : null}
      {first ? <strong class="first-publisher"> (first published)</strong> : null}
    </li>
  );
}

/** The other outlets that carried this story (its syndication cluster), the first publisher marked. */
function AlsoPublished({ cluster, hitId }: { cluster: Schemas['Cluster']; hitId: string }) {
  const copies = [cluster.firstPublisher, ...cluster.alsoPublishedBy].filter((copy) => copy.articleId !== hitId);
  const firstIsThis = cluster.firstPublisher.articleId === hitId;
  return (
    <div class="also-published">
      <p>
        {firstIsThis ? 'First published here; also published by' : 'Also published by'}:
      </p>
      <ul>
        {copies.map((copy) => (
          <Publisher key={copy.articleId} publication={copy} first={copy.articleId === cluster.firstPublisher.articleId} />
        ))}
      </ul>
    </div>
  );
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
      {hit.cluster && hit.cluster.size > 1 ? <AlsoPublished cluster={hit.cluster} hitId={hit.id} /> : null}
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
