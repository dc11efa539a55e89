/**
 * An article's page: its paragraphs with the entities it mentions highlighted and linked (the
 * names and aliases found in the text), its source and date, the original and the archived page.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { apiBase, client, unwrap, type ArticleRecord } from '../api/client.js';
import { hasArchivedPage } from '../api/extensions.js';
import { setPageState } from '../state/page-state.js';
import { useRequest } from '../state/use-request.js';
import type { Navigate } from '../state/use-view.js';
import type { View } from '../state/view.js';
import { mentionMatcher, mentionSegments } from '../text/mentions.js';
import { formatDate, PageLink, safeHref } from './links.js';
import { CopyApiRequest } from './ViewTools.js';

function Body({ record, view, navigate }: { record: ArticleRecord; view: View; navigate: Navigate }) {
  const matcher = useMemo(() => mentionMatcher(record.mentions), [record]);
  const paragraphs = record.article.paragraphs.length > 0 ? record.article.paragraphs : [record.article.text];
  return (
    <div class="article-body" lang={record.article.language}>
      {paragraphs.map((paragraph, i) => (
        <p key={i}>
          {mentionSegments(paragraph, matcher).map((segment, j) =>
            'entityId' in segment ? (
              <PageLink key={j} class="mention" page={{ kind: 'entity', id: segment.entityId }} view={view} navigate={navigate}>
                {segment.text}
              </PageLink>
            ) : (
              segment.text
            ),
          )}
        </p>
      ))}
    </div>
  );
}

function Mentioned({ record, view, navigate }: { record: ArticleRecord; view: View; navigate: Navigate }) {
  if (record.mentions.length === 0) return null;
  return (
    <section aria-labelledby="mentions-title" class="mentions">
      <h3 id="mentions-title">Mentioned</h3>
      <ul>
        {record.mentions.map((mention) => (
          <li key={mention.entityId}>
            <PageLink page={{ kind: 'entity', id: mention.entityId }} view={view} navigate={navigate}>
              {mention.name}
            </PageLink>{' '}
            <span class="kind">{[mention.type, mention.role, mention.affiliation].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ArticlePage({ id, view, navigate }: { id: string; view: View; navigate: Navigate }) {
  const record = useRequest(`article:${id}`, (signal) => client.GET('/articles/{id}', { params: { path: { id } }, signal }).then(unwrap));
  const [archived, setArchived] = useState(false);
  useEffect(() => {
    setArchived(false);
    void hasArchivedPage(id).then(setArchived);
  }, [id]);
  useLayoutEffect(() => setPageState(record.status), [record]);
  if (record.status === 'loading') return <p class="status" role="status">Loading the article…</p>;
  if (record.status === 'error') return <p id="status" class="status error" role="alert">Could not load the article: {record.error.message}</p>;
  const { article } = record.data;
  const original = safeHref(article.url);
  return (
    <article class="article-page" aria-labelledby="article-title">
      <h2 id="article-title" tabIndex={-1}>{article.title || '(untitled)'}</h2>
      <p class="meta">
        <span class="source">{article.sourceName}</span> · <time dateTime={article.publishedAt ?? undefined}>{formatDate(article.publishedAt)}</time> · {article.language}
        {article.authors.length > 0 ? ` · ${article.authors.join(', ')}` : ''}
      </p>
      <p class="links">
        {original ? (
          <a href={original} rel="noopener noreferrer" target="_blank">
            Original page
          </a>
        ) : null}
        {archived ? (
          <>
            {' · '}
            <a href={`${apiBase()}/articles/${encodeURIComponent(id)}/raw`} rel="noopener noreferrer" target="_blank">
              Archived copy
            </a>
          </>
        ) : null}
      </p>
      <Body record={record.data} view={view} navigate={navigate} />
      <Mentioned record={record.data} view={view} navigate={navigate} />
      <CopyApiRequest request={`/articles/${encodeURIComponent(id)}`} />
    </article>
  );
}
