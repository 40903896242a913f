import dagre from '@dagrejs/dagre';
import type { ActivityNode, ConnectionEdge } from './graph';

export const nodeWidth = 200;
export const nodeHeight = 80;

/** Left-to-right layout on request: dagre ranks activities along the flow, so a graph reads like the path it models. */
export function layoutLeftToRight(nodes: ActivityNode[], edges: ConnectionEdge[]): ActivityNode[] {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', nodesep: 40, ranksep: 80, marginx: 40, marginy: 40 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, { width: node.measured?.width ?? nodeWidth, height: node.measured?.height ?? nodeHeight });
  for (const edge of edges) graph.setEdge(edge.source, edge.target, {}, edge.id);
  dagre.layout(graph);
  return nodes.map((node) => {
    const placed = graph.node(node.id);
    const width = node.measured?.width ?? nodeWidth;
    const height = node.measured?.height ?? nodeHeight;
    return { ...node, position: { x: Math.round(placed.x - width / 2), y: Math.round(placed.y - height / 2) } };
  });
}
