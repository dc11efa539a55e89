/**
 * The view lives in the address bar. Changing it pushes a history entry (so Back and Forward step
 * through searches, filters and opened pages); Back/Forward restore the view from the URL.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { parseView, serializeView, type View } from './view.js';

const IN_APP = { cultureIndexView: true } as const;

/** Whether the history entry before this one is a view of the workspace (not another site). */
export function canGoBackInApp(): boolean {
  const state: unknown = history.state;
  return typeof state === 'object' && state !== null && 'cultureIndexView' in state;
}

export type Navigate = (change: Partial<View>, options?: { replace?: boolean }) => void;

export function useView(): [View, Navigate] {
  const [view, setView] = useState<View>(() => parseView(location.search));

  useEffect(() => {
    const onPop = (): void => setView(parseView(location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback<Navigate>((change, options) => {
    setView((current) => {
      const next = { ...current, ...change };
      const url = `${location.pathname}${serializeView(next)}`;
      if (url !== `${location.pathname}${location.search}`) {
        // The mark tells "Back" buttons that the previous entry is a view of this page.
        if (options?.replace) history.replaceState(history.state, '', url);
        else history.pushState(IN_APP, '', url);
      }
      return next;
    });
  }, []);

  return [view, navigate];
}
