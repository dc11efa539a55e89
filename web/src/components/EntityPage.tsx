/**
 * An entity's own page: names in every language, roles and affiliations over time, co-mentioned
 * entities as a network, its attention chart, and its articles. Uses `names` and `network` of
 * GET /entities/{id}, else (an entity without co-mentions) the aliases and the co-mentioned list.
 */
import { useLayoutEffect } from 'preact/hooks';
import { client, unwrap, type Schemas } from '../api/client.js';
import { setPageState } from '../state/page-state.js';
import { useRequest } from '../state/use-request.js';
import type { Navigate } from '../state/use-view.js';
import { EMPTY_VIEW, type View } from '../state/view.js';
import { AttentionChart } from './AttentionChart.js';
import { formatDate, PageLink } from './links.js';
import { NetworkView, starNetwork } from './NetworkView.js';
import { CopyApiRequest } from './ViewTools.js';

type Entity = Schemas['EntityResponse'];

function Names({ entity }: { entity: Entity }) {
  const names = entity.names.length > 0 ? entity.names : [{ name: entity.name, lang: '', count: 0 }, ...entity.aliases.map((alias) => ({ name: alias, lang: '', count: 0 }))];
  return (
    <section aria-labelledby="names-title">
      <h3 id="names-title">Names</h3>
      <ul class="names">
        {names.map((name) => (
          <li key={`${name.lang}:${name.name}`}>
            <span lang={name.lang || undefined}>{name.name}</span>
            {name.lang ? <span class="kind"> {name.lang}</span> : null}
            {name.count > 0 ? <span class="count">{name.count}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Roles({ entity, view, navigate }: { entity: Entity; view: View; navigate: Navigate }) {
  const roles = entity.roles.filter((role) => role.role || role.affiliation);
  if (roles.length === 0) return null;
  return (
    <section aria-labelledby="roles-title">
      <h3 id="roles-title">Roles and affiliations over time</h3>
      <table class="roles">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Role</th>
            <th scope="col">Affiliation</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((role, i) => (
            <tr key={i}>
              <td>{formatDate(role.publishedAt)}</td>
              <td>{role.role ?? '–'}</td>
              <td>{role.affiliation ?? '–'}</td>
              <td>
                <PageLink page={{ kind: 'article', id: role.articleId }} view={view} navigate={navigate}>
                  article
                </PageLink>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function EntityPage({ id, view, navigate }: { id: string; view: View; navigate: Navigate }) {
  const entity = useRequest(`entity:${id}`, (signal) => client.GET('/entities/{id}', { params: { path: { id }, query: { related: 20 } }, signal }).then(unwrap) as Promise<Entity>);
  useLayoutEffect(() => setPageState(entity.status), [entity]);
  if (entity.status === 'loading') return <p class="status" role="status">Loading the entity…</p>;
  if (entity.status === 'error') return <p id="status" class="status error" role="alert">Could not load the entity: {entity.error.message}</p>;
  const data = entity.data;
  const network = data.network.nodes.length > 0 ? data.network : starNetwork(data, data.coMentioned);
  return (
    <article class="entity-page" aria-labelledby="entity-title">
      <h2 id="entity-title" tabIndex={-1}>{data.name}</h2>
      <p class="meta">
        {data.type} · {data.articleCount} article{data.articleCount === 1 ? '' : 's'}
      </p>
      <button type="button" class="chip" onClick={() => navigate({ ...EMPTY_VIEW, entities: [data.id], interval: view.interval, measure: view.measure })}>
        Search articles that mention {data.name}
      </button>
      <div class="entity-grid">
        <Names entity={data} />
        <Roles entity={data} view={view} navigate={navigate} />
        <section aria-labelledby="network-title">
          <h3 id="network-title">Mentioned together with</h3>
          <NetworkView centre={data.id} network={network} view={view} navigate={navigate} />
        </section>
        <section aria-labelledby="entity-chart-title" class="chart">
          <h3 id="entity-chart-title">Attention over time</h3>
          <AttentionChart title={data.name} allLabel={`articles mentioning ${data.name}`} queries={['']} filters={{ ...EMPTY_VIEW, entities: [data.id] }} interval={view.interval} measure={view.measure} />
        </section>
        <section aria-labelledby="entity-articles-title">
          <h3 id="entity-articles-title">Articles</h3>
          <ul class="articles">
            {data.articles.map((article) => (
              <li key={article.id}>
                <PageLink page={{ kind: 'article', id: article.id }} view={view} navigate={navigate}>
                  {article.title || '(untitled)'}
                </PageLink>{' '}
                <span class="meta">
                  {formatDate(article.publishedAt)} · {article.outlet}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <CopyApiRequest request={`/entities/${encodeURIComponent(id)}`} />
    </article>
  );
}
