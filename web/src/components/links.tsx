/**
 * In-app links: real hrefs (so they open in a new tab, can be copied and are announced as links)
 * that navigate with the History API on a plain click.
 */
import type { ComponentChildren } from 'preact';
import type { Navigate } from '../state/use-view.js';
import { serializeView, type OpenPage, type View } from '../state/view.js';

function plainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export function PageLink(props: { page: OpenPage; view: View; navigate: Navigate; children: ComponentChildren; class?: string }) {
  const href = `${location.pathname}${serializeView({ ...props.view, page: props.page })}`;
  return (
    <a
      href={href}
      class={props.class}
      onClick={(event) => {
        if (!plainClick(event)) return;
        event.preventDefault();
        props.navigate({ page: props.page });
        window.scrollTo(0, 0);
      }}
    >
      {props.children}
    </a>
  );
}

export function EntityLink({ id, name, view, navigate }: { id: string; name: string; view: View; navigate: Navigate }) {
  return (
    <PageLink page={{ kind: 'entity', id }} view={view} navigate={navigate}>
      {name}
    </PageLink>
  );
}

/** Only http(s) URLs from data become links (no javascript: URLs). */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function formatDate(iso: string | null): string {
  if (!iso) return 'undated';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().slice(0, 10);
}
