/** The tab list of side panels (ARIA tabs: arrow keys move between tabs). Renders nothing without panels. */
import { useState } from 'preact/hooks';
import { SIDE_PANELS, type SidePanel, type SidePanelProps } from './registry.js';

export function PanelArea(props: SidePanelProps & { panels?: readonly SidePanel[] }) {
  const panels = props.panels ?? SIDE_PANELS;
  const [selected, setSelected] = useState(0);
  const current = panels[selected];
  if (!current) return null;
  const move = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next = (selected + (event.key === 'ArrowRight' ? 1 : panels.length - 1)) % panels.length;
    setSelected(next);
    document.getElementById(`tab-${panels[next]!.id}`)?.focus();
  };
  const Panel = current.component;
  return (
    <aside class="side-panels" aria-label="Panels">
      <div role="tablist" aria-label="Panels" onKeyDown={move}>
        {panels.map((panel, i) => (
          <button key={panel.id} id={`tab-${panel.id}`} type="button" role="tab" aria-selected={i === selected} aria-controls={`panel-${panel.id}`} tabIndex={i === selected ? 0 : -1} onClick={() => setSelected(i)}>
            {panel.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`}>
        <Panel view={props.view} navigate={props.navigate} />
      </div>
    </aside>
  );
}
