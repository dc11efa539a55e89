/**
 * Loads data for a key: the latest request wins (older ones are aborted), and a failure clears
 * what an earlier request had shown, so stale results never stand next to an error.
 *
 * The request starts in a layout effect — before the browser paints, not a frame later as a plain
 * effect would — and "loading" is derived from the key instead of set by a second render. While
 * a new key loads, the last answer stays available as `previous` (never after a failure), so a
 * view can keep it on screen instead of collapsing and redrawing. `enabled: false` holds a
 * request back (the chart waits for the hits, so it never competes with them).
 */
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';

export type Loaded<T> =
  | { readonly status: 'loading'; readonly previous?: T }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'error'; readonly error: Error };

type Settled<T> = { readonly key: string } & ({ readonly status: 'ready'; readonly data: T } | { readonly status: 'error'; readonly error: Error });

export function useRequest<T>(key: string, load: (signal: AbortSignal) => Promise<T>, options: { readonly enabled?: boolean } = {}): Loaded<T> {
  const enabled = options.enabled ?? true;
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  useLayoutEffect(() => {
    if (!enabled) return undefined;
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ key, status: 'ready', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setSettled({ key, status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
    // The key says everything the request depends on.
  }, [key, enabled]);
  // One object per answer and key, so effects that depend on the result run once per change.
  return useMemo(() => loadedFor(key, settled), [key, settled]);
}

function loadedFor<T>(key: string, settled: Settled<T> | null): Loaded<T> {
  if (settled?.key === key) return settled.status === 'ready' ? { status: 'ready', data: settled.data } : { status: 'error', error: settled.error };
  return settled?.status === 'ready' ? { status: 'loading', previous: settled.data } : { status: 'loading' };
}
