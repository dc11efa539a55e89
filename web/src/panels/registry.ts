/**
 * Side panels of the search view. Each is a tab in the panel area beside the results; the area
 * (and its tab list) appears only when at least one panel is registered. Panels planned by other
 * parts of the project are added here: a file in this folder exporting a SidePanel, and one line
 * in SIDE_PANELS.
 */
import type { ComponentType } from 'preact';
import type { Navigate } from '../state/use-view.js';
import type { View } from '../state/view.js';
import { SavedSearchesPanel } from './SavedSearchesPanel.js';
import { SourceHealthPanel } from './SourceHealthPanel.js';

export interface SidePanelProps {
  readonly view: View;
  readonly navigate: Navigate;
}

export interface SidePanel {
  /** Stable id: used in element ids and as the tab's key. */
  readonly id: string;
  readonly label: string;
  readonly component: ComponentType<SidePanelProps>;
}

export const SIDE_PANELS: readonly SidePanel[] = [
  { id: 'saved-searches', label: 'Saved searches', component: SavedSearchesPanel },
  { id: 'source-health', label: 'Source health', component: SourceHealthPanel },
];
