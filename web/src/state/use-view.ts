/**
 * The view lives in the address bar. Changing it pushes a history entry (so Back and Forward step
 * through searches, filters and opened pages); Back/Forward restore the view from the URL.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { parseView, serializeView, type View } from './view.js';

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
        if (options?.replace) history.replaceState(null, '', url);
        else history.pushState(null, '', url);
      }
      return next;
    });
  }, []);

  return [view, navigate];
}
