/** Tools for the current view: export every match, and copy the view as an API request. */
import { useState } from 'preact/hooks';
import { apiBase, apiErrorOf, authRequired, rawFetch } from '../api/client.js';
import { exportParams, type View } from '../state/view.js';

/**
 * Where the API needs a token (on AWS) a link cannot carry it: the file is fetched with the
 * token and handed to the browser as a download.
 */
async function downloadWithToken(path: string, fileName: string): Promise<void> {
  const response = await rawFetch(path);
  if (!response.ok) throw apiErrorOf(response.status, await response.json().catch(() => null));
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportLinks({ view }: { view: View }) {
  const [error, setError] = useState<string | null>(null);
  const path = (format: 'csv' | 'jsonl') => `/export?${exportParams(view, format).toString()}`;
  const link = (format: 'csv' | 'jsonl', label: string) => (
    <a
      id={`export-${format}`}
      href={`${apiBase()}${path(format)}`}
      download
      onClick={(event) => {
        if (!authRequired()) return;
        event.preventDefault();
        setError(null);
        downloadWithToken(path(format), `culture-index-export.${format}`).catch((failure: Error) => setError(failure.message));
      }}
    >
      {label}
    </a>
  );
  return (
    <p class="export">
      Export all matches: {link('csv', 'CSV')} · {link('jsonl', 'JSONL')}
      {error ? <span role="alert" class="status error"> Export failed: {error}</span> : null}
    </p>
  );
}

/** The dashboard-ready URL of what the view shows, copied to the clipboard and shown to select by hand. */
export function CopyApiRequest({ request, id = 'api-request', label = 'Copy as API request' }: { request: string; id?: string; label?: string }) {
  const url = `${apiBase()}${request}`;
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = (): void => {
    navigator.clipboard?.writeText(url).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    ) ?? setCopied('failed');
  };
  return (
    <div class="copy-api">
      <button type="button" onClick={copy}>
        {label}
      </button>
      <label class="visually-hidden" for={id}>{label}: the address</label>
      <input id={id} readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
      <span role="status" class="hint">
        {copied === 'copied' ? 'Copied.' : copied === 'failed' ? 'Select the address and copy it.' : ''}
      </span>
    </div>
  );
}
