const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** Characters of body text a snippet shows, around the best match or from the start. */
export const SNIPPET_CHARS = 200;

/**
 * Highlighting of the body: <mark> tags around matches, the rest HTML-encoded by OpenSearch, and
 * the opening of the text when nothing in it matched (no_match_size).
 */
export function highlightRequest(): Record<string, unknown> {
  return {
    encoder: 'html',
    pre_tags: ['<mark>'],
    post_tags: ['</mark>'],
    fields: { text: { type: 'unified', fragment_size: SNIPPET_CHARS, number_of_fragments: 1, no_match_size: SNIPPET_CHARS } },
  };
}

/**
 * The html encoder also writes "/" as &#x2F; — harmless, but noise in an excerpt, so it goes back
 * to "/". Everything else it escapes stays escaped.
 */
export function snippetFrom(fragment: string | undefined, fallback: string): string {
  if (fragment === undefined) return escapeHtml(fallback.slice(0, SNIPPET_CHARS));
  return fragment.replace(/&#x2F;/g, '/');
}
