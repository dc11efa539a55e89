/**
 * A part of the workspace that is not needed for the first results (the chart's uPlot, the side
 * panels), fetched with import() on first use — esbuild splits it into its own file — and shared
 * by every caller. Components ask for it with `useLazyModule`, which re-renders them once it has
 * arrived; a failed download is reported, and asked for again on the next use.
 */
import { useEffect, useState } from 'preact/hooks';

export type LazyState<M> = { readonly status: 'loading' } | { readonly status: 'ready'; readonly module: M } | { readonly status: 'error'; readonly error: Error };

export interface LazyModule<M> {
  /** Starts the download (once); resolves with the module. */
  load(): Promise<M>;
  current(): LazyState<M>;
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let state: LazyState<M> = { status: 'loading' };
  let pending: Promise<M> | null = null;
  return {
    load() {
      pending ??= importer().then(
        (module) => ((state = { status: 'ready', module }), module),
        (error: unknown) => {
          pending = null;
          state = { status: 'error', error: error instanceof Error ? error : new Error(String(error)) };
          throw error;
        },
      );
      return pending;
    },
    current: () => state,
  };
}

/** The module once loaded; `enabled: false` waits before asking for it. */
export function useLazyModule<M>(lazy: LazyModule<M>, enabled = true): LazyState<M> {
  const [, setVersion] = useState(0);
  const state = lazy.current();
  useEffect(() => {
    if (!enabled || lazy.current().status === 'ready') return undefined;
    let live = true;
    const rerender = (): void => {
      if (live) setVersion((version) => version + 1);
    };
    lazy.load().then(rerender, rerender);
    return () => {
      live = false;
    };
    // Once per mount: a failed download is tried again when the component is shown again.
  }, [enabled]);
  return state;
}
