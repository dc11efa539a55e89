/**
 * Co-mentioned entities as a small network (SVG): the entity in the middle, the others on a
 * circle, line width by how often they appear together; edges between the others are drawn when
 * the API gives them. Every node is a link to its entity page.
 */
import type { EntityNetwork } from '../api/extensions.js';
import type { Navigate } from '../state/use-view.js';
import type { View } from '../state/view.js';
import { PageLink } from './links.js';

const SIZE = 360;
const RADIUS = 130;

export function NetworkView({ centre, network, view, navigate }: { centre: string; network: EntityNetwork; view: View; navigate: Navigate }) {
  const others = network.nodes.filter((node) => node.id !== centre);
  if (others.length === 0) return <p class="status">No co-mentioned entities.</p>;
  const middle = SIZE / 2;
  const position = new Map<string, { x: number; y: number }>([[centre, { x: middle, y: middle }]]);
  others.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / others.length - Math.PI / 2;
    position.set(node.id, { x: middle + RADIUS * Math.cos(angle), y: middle + RADIUS * Math.sin(angle) });
  });
  const widest = Math.max(1, ...network.edges.map((edge) => edge.count));
  const centreNode = network.nodes.find((node) => node.id === centre);
  return (
    <svg class="network" viewBox={`0 0 ${SIZE} ${SIZE}`} role="group" aria-label="Entities mentioned together with this one">
      {network.edges.map((edge) => {
        const a = position.get(edge.source);
        const b = position.get(edge.target);
        if (!a || !b) return null;
        return <line key={`${edge.source}-${edge.target}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke-width={1 + (3 * edge.count) / widest} class="edge" />;
      })}
      <circle cx={middle} cy={middle} r={9} class="node centre" />
      <text x={middle} y={middle - 14} text-anchor="middle" class="label centre">{centreNode?.name ?? ''}</text>
      {others.map((node) => {
        const at = position.get(node.id)!;
        const below = at.y > middle;
        return (
          <PageLink key={node.id} page={{ kind: 'entity', id: node.id }} view={view} navigate={navigate}>
            <circle cx={at.x} cy={at.y} r={6} class="node" />
            <text x={at.x} y={at.y + (below ? 18 : -10)} text-anchor="middle" class="label">
              {node.name}
              {node.count !== undefined ? ` (${node.count})` : ''}
            </text>
          </PageLink>
        );
      })}
    </svg>
  );
}

/** A star network from the co-mentioned list, where the API gives no network. */
export function starNetwork(centre: { id: string; name: string }, coMentioned: readonly { value: string; label?: string; count: number }[]): EntityNetwork {
  return {
    nodes: [{ id: centre.id, name: centre.name }, ...coMentioned.map((item) => ({ id: item.value, name: item.label ?? item.value, count: item.count }))],
    edges: coMentioned.map((item) => ({ source: centre.id, target: item.value, count: item.count })),
  };
}
