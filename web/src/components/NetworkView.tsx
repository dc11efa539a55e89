/**
 * Co-mentioned entities as a small network (SVG): the entity in the middle, the others on a
 * circle (the most frequent twelve), line width by how often they appear together; edges between
 * the others are drawn when the API gives them. Every node is a link to its entity page.
 */
import type { Schemas } from '../api/client.js';

type NetworkNode = Schemas['NetworkNode'];
/** The API's network, or one drawn from the co-mentioned list (whose nodes carry no type). */
type DrawnNetwork = {
  readonly nodes: readonly (Pick<NetworkNode, 'id' | 'name'> & Partial<Pick<NetworkNode, 'type' | 'articleCount'>>)[];
  readonly edges: readonly Schemas['NetworkEdge'][];
};
import type { Navigate } from '../state/use-view.js';
import type { View } from '../state/view.js';
import { PageLink } from './links.js';

const WIDTH = 520;
const HEIGHT = 360;
const RADIUS = 130;
/** More nodes than this on one circle cannot be labelled legibly. */
const MAX_NODES = 12;
const MAX_LABEL = 18;

const shortened = (name: string): string => (name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name);

/** Labels sit outside the circle: to the right of nodes on the right, to the left on the left. */
function labelPlacement(angle: number): { dx: number; dy: number; anchor: 'start' | 'middle' | 'end' } {
  const cos = Math.cos(angle);
  if (cos > 0.3) return { dx: 10, dy: 4, anchor: 'start' };
  if (cos < -0.3) return { dx: -10, dy: 4, anchor: 'end' };
  return { dx: 0, dy: Math.sin(angle) > 0 ? 20 : -12, anchor: 'middle' };
}

export function NetworkView({ centre, network, view, navigate }: { centre: string; network: DrawnNetwork; view: View; navigate: Navigate }) {
  const others = network.nodes
    .filter((node) => node.id !== centre)
    .sort((a, b) => (b.articleCount ?? 0) - (a.articleCount ?? 0))
    .slice(0, MAX_NODES);
  if (others.length === 0) return <p class="status">No co-mentioned entities.</p>;
  const middle = { x: WIDTH / 2, y: HEIGHT / 2 };
  const position = new Map<string, { x: number; y: number; angle: number }>([[centre, { ...middle, angle: 0 }]]);
  others.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / others.length - Math.PI / 2;
    position.set(node.id, { x: middle.x + RADIUS * Math.cos(angle), y: middle.y + RADIUS * Math.sin(angle), angle });
  });
  const edges = network.edges.filter((edge) => position.has(edge.source) && position.has(edge.target));
  const widest = Math.max(1, ...edges.map((edge) => edge.weight));
  const centreNode = network.nodes.find((node) => node.id === centre);
  return (
    <svg class="network" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label="Entities mentioned together with this one">
      {edges.map((edge) => {
        const a = position.get(edge.source)!;
        const b = position.get(edge.target)!;
        return <line key={`${edge.source}-${edge.target}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke-width={1 + (3 * edge.weight) / widest} class="edge" />;
      })}
      <circle cx={middle.x} cy={middle.y} r={9} class="node centre" />
      <text x={middle.x} y={middle.y - 14} text-anchor="middle" class="label centre">{shortened(centreNode?.name ?? '')}</text>
      {others.map((node) => {
        const at = position.get(node.id)!;
        const place = labelPlacement(at.angle);
        return (
          <PageLink key={node.id} page={{ kind: 'entity', id: node.id }} view={view} navigate={navigate}>
            <title>{`${node.name}${node.articleCount !== undefined ? `: ${node.articleCount} article${node.articleCount === 1 ? '' : 's'} together` : ''}`}</title>
            <circle cx={at.x} cy={at.y} r={6} class="node" />
            <text x={at.x + place.dx} y={at.y + place.dy} text-anchor={place.anchor} class="label">
              {shortened(node.name)}
              {node.articleCount !== undefined ? ` (${node.articleCount})` : ''}
            </text>
          </PageLink>
        );
      })}
    </svg>
  );
}

/** A star network from the co-mentioned list, where the API gives no network. */
export function starNetwork(centre: { id: string; name: string }, coMentioned: readonly { value: string; label?: string; count: number }[]): DrawnNetwork {
  return {
    nodes: [{ id: centre.id, name: centre.name }, ...coMentioned.map((item) => ({ id: item.value, name: item.label ?? item.value, articleCount: item.count }))],
    edges: coMentioned.map((item) => ({ source: centre.id, target: item.value, weight: item.count })),
  };
}
