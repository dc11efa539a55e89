/**
 * The side panels, loaded with import() once the page's first answer is on screen: they sit below
 * the results and are not needed for them, so their code is neither downloaded nor parsed first.
 */
import { useEffect, useState } from 'preact/hooks';
import { afterFirstAnswer } from '../state/page-state.js';
import { lazyModule, useLazyModule } from '../state/lazy-module.js';
import type { SidePanelProps } from './registry.js';

const panelArea = lazyModule(() => import('./PanelArea.js'));

function useFirstAnswer(): boolean {
  const [answered, setAnswered] = useState(false);
  useEffect(() => afterFirstAnswer(() => setAnswered(true)), []);
  return answered;
}

export function DeferredPanels(props: SidePanelProps) {
  const panels = useLazyModule(panelArea, useFirstAnswer());
  if (panels.status === 'error') return <p class="status error">The panels could not be loaded: {panels.error.message}</p>;
  return panels.status === 'ready' ? <panels.module.PanelArea {...props} /> : null;
}
