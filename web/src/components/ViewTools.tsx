/** Tools for the current view: export every match, and copy the view as an API request. */
import { useState } from 'preact/hooks';
import { apiBase } from '../api/client.js';
import { exportParams, type View } from '../state/view.js';

export function ExportLinks({ view }: { view: View }) {
  const href = (format: 'csv' | 'jsonl') => `${apiBase()}/export?${exportParams(view, format).toString()}`;
  return (
    <p class="export">
      Export all matches:{' '}
      <a id="export-csv" href={href('csv')} download>
        CSV
      </a>{' '}
      ·{' '}
      <a id="export-jsonl" href={href('jsonl')} download>
        JSONL
      </a>
    </p>
  );
}

/** The dashboard-ready URL of what the view shows, copied to the clipboard and shown to select by hand. */
export function CopyApiRequest({ request }: { request: string }) {
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
        Copy as API request
      </button>
      <label class="visually-hidden" for="api-request">API request for this view</label>
      <input id="api-request" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
      <span role="status" class="hint">
        {copied === 'copied' ? 'Copied.' : copied === 'failed' ? 'Select the address and copy it.' : ''}
      </span>
    </div>
  );
}
