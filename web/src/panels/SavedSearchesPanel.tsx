/**
 * Saved searches (issue 14): the list with feed links, "save this search" from the current view's
 * query and filters, and delete. Writes carry the local server's write token (api/writes.ts); a
 * 401 says where the token is, a 400 shows the API's message with the query's position and hint.
 */
import { useRef, useState } from 'preact/hooks';
import { ApiError, apiBase, getOptional, type Schemas } from '../api/client.js';
import { filterQuery } from '../api/queries.js';
import { needsWriteToken, storedWriteToken, storeWriteToken, write } from '../api/writes.js';
import { useRequest } from '../state/use-request.js';
import type { SidePanelProps } from './registry.js';

type SavedSearch = Schemas['SavedSearch'];
type Digest = SavedSearch['digest'];

const TOKEN_HELP = 'The write token is printed by `npm start` (or `culture-index serve`) and kept in the file <data>/api-token.';

/** The message for a failed write: a refused token says where the right one is. */
function failureText(error: unknown): string {
  if (error instanceof ApiError && error.status === 401) return `The API refused the write token (HTTP 401). ${TOKEN_HELP}`;
  if (error instanceof ApiError) return `${error.message}${error.hint ? ` — ${error.hint}` : ''}`;
  return error instanceof Error ? error.message : String(error);
}

function TokenField({ token, setToken }: { token: string; setToken: (token: string) => void }) {
  if (!needsWriteToken()) return null;
  return (
    <div class="token">
      <label for="write-token">Write token</label>
      <input id="write-token" type="password" autoComplete="off" value={token} onInput={(event) => setToken(event.currentTarget.value.trim())} />
      <p class="hint">{TOKEN_HELP} It is kept in this browser.</p>
    </div>
  );
}

function SaveForm({ view, token, onSaved }: SidePanelProps & { token: string; onSaved: () => void }) {
  const [name, setName] = useState('');
  const [owner, setOwner] = useState('');
  const [digest, setDigest] = useState<Digest>('none');
  const [hookUrl, setHookUrl] = useState('');
  const [hookSecret, setHookSecret] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const submit = (event: Event): void => {
    event.preventDefault();
    const body = {
      name,
      owner,
      query: view.q,
      filters: filterQuery(view),
      digest,
      ...(hookUrl ? { webhook: { url: hookUrl, secret: hookSecret } } : {}),
    };
    setMessage(null);
    write('POST', '/saved-searches', token, body).then(
      () => {
        setMessage({ error: false, text: `Saved “${name}”.` });
        setName('');
        onSaved();
      },
      (error: unknown) => setMessage({ error: true, text: `Not saved: ${failureText(error)}` }),
    );
  };
  return (
    <form class="save-search" onSubmit={submit} aria-labelledby="save-search-title">
      <h3 id="save-search-title">Save this search</h3>
      <p class="hint">Query “{view.q || '(none)'}” with the current filters; articles stored from now on are its news.</p>
      <label for="saved-name">Name</label>
      <input id="saved-name" required value={name} onInput={(event) => setName(event.currentTarget.value)} />
      <label for="saved-owner">Owner</label>
      <input id="saved-owner" value={owner} onInput={(event) => setOwner(event.currentTarget.value)} />
      <label for="saved-digest">Digest</label>
      <select id="saved-digest" value={digest} onChange={(event) => setDigest(event.currentTarget.value as Digest)}>
        <option value="none">none (one call per article)</option>
        <option value="daily">daily</option>
        <option value="weekly">weekly</option>
      </select>
      <label for="saved-webhook">Webhook URL (optional, https)</label>
      <input id="saved-webhook" type="url" value={hookUrl} onInput={(event) => setHookUrl(event.currentTarget.value)} />
      <label for="saved-secret">Webhook secret</label>
      <input id="saved-secret" type="password" autoComplete="off" value={hookSecret} disabled={!hookUrl} onInput={(event) => setHookSecret(event.currentTarget.value)} />
      <button type="submit">Save search</button>
      <p id="save-status" class={message?.error ? 'status error' : 'status'} role={message?.error ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </p>
    </form>
  );
}

function SavedList({ items, token, onChanged }: { items: readonly SavedSearch[]; token: string; onChanged: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const remove = (item: SavedSearch): void => {
    setError(null);
    write('DELETE', `/saved-searches/${encodeURIComponent(item.id)}`, token).then(onChanged, (failure: unknown) => setError(`Not deleted: ${failureText(failure)}`));
  };
  return (
    <>
      {items.length === 0 ? <p class="hint">No saved searches yet.</p> : null}
      <ul class="saved-searches">
        {items.map((item) => (
          <li key={item.id}>
            <strong class="saved-name">{item.name}</strong> <code>{item.query || '(filters only)'}</code>
            <span class="meta">
              {item.owner ? ` · ${item.owner}` : ''} · digest {item.digest}
              {item.webhook ? ' · webhook' : ''} · <a href={`${apiBase()}${item.feed}`}>Atom feed<span class="visually-hidden"> of “{item.name}”</span></a>
            </span>{' '}
            <button type="button" class="link" onClick={() => remove(item)}>
              Delete<span class="visually-hidden"> “{item.name}”</span>
            </button>
          </li>
        ))}
      </ul>
      {error ? <p class="status error" role="alert">{error}</p> : null}
    </>
  );
}

export function SavedSearchesPanel({ view, navigate }: SidePanelProps) {
  const [token, setTokenState] = useState(storedWriteToken);
  const [version, setVersion] = useState(0);
  const list = useRequest(`saved:${version}`, (signal) => getOptional<Schemas['SavedSearchList']>('/saved-searches', signal));
  const setToken = (value: string): void => {
    setTokenState(value);
    storeWriteToken(value);
  };
  const reload = (): void => setVersion((n) => n + 1);
  // The last list stays on screen while it reloads, so the form (and its message) is not replaced.
  const shown = useRef<Schemas['SavedSearchList'] | null | undefined>(undefined);
  if (list.status === 'ready') shown.current = list.data;
  const data = shown.current;
  return (
    <section class="panel saved-panel" aria-labelledby="saved-title">
      <h2 id="saved-title">Saved searches</h2>
      {list.status === 'loading' && data === undefined ? <p class="status">Loading…</p> : null}
      {list.status === 'error' ? <p class="status error" role="alert">Saved searches failed: {list.error.message}</p> : null}
      {data === null ? <p class="hint">This API keeps no saved searches.</p> : null}
      {data ? (
        <>
          <SavedList items={data.items} token={token} onChanged={reload} />
          <TokenField token={token} setToken={setToken} />
          <SaveForm view={view} navigate={navigate} token={token} onSaved={reload} />
        </>
      ) : null}
    </section>
  );
}
