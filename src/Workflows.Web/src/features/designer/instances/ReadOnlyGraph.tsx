import { useEffect, useMemo } from 'react';
import { Background, Controls, MarkerType, ReactFlow, useReactFlow, type Edge } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { WorkflowDefinition } from '../model/definition';
import { definitionToGraph } from '../model/graph';
import { layoutLeftToRight } from '../model/layout';
import { ViewerNode, type NodeBadge, type ViewerNodeType } from './ViewerNode';
import './viewer.css';

const nodeTypes = { viewer: ViewerNode };

export interface ReadOnlyGraphProps {
  definition: WorkflowDefinition;
  badges?: Record<string, NodeBadge | undefined>;
  highlightedId?: string | null;
  selectedId?: string | null;
  onSelect?: (activityId: string) => void;
  label: string;
}

/** Brings the node being looked at into view, so stepping through a long workflow follows the path. */
function FocusOn({ id }: { id: string | null | undefined }) {
  const flow = useReactFlow();
  useEffect(() => {
    if (!id) return;
    const node = flow.getNode(id);
    if (!node) return;
    const width = node.measured?.width ?? 200;
    const height = node.measured?.height ?? 80;
    void flow.setCenter(node.position.x + width / 2, node.position.y + height / 2, { zoom: Math.max(flow.getZoom(), 0.8), duration: 300 });
  }, [id, flow]);
  return null;
}

/** A definition drawn as it would be in the designer, but nothing can be moved, connected or deleted. */
// Opens at a zoom where names are legible (then scrolls), as the editor does.
const legibleFit = { padding: 0.1, maxZoom: 1, minZoom: 0.6 };

export function ReadOnlyGraph({ definition, badges, highlightedId, selectedId, onSelect, label }: ReadOnlyGraphProps) {
  const base = useMemo(() => {
    const graph = definitionToGraph(definition);
    // Stored coordinates are what the author arranged; only a definition without any gets an automatic layout.
    const positioned = definition.activities.some((a) => !a.designer) ? layoutLeftToRight(graph.nodes, graph.edges) : graph.nodes;
    const outcomes = new Map<string, string[]>();
    for (const edge of graph.edges) {
      const list = outcomes.get(edge.source) ?? [];
      if (!list.includes(edge.sourceHandle ?? 'Done')) list.push(edge.sourceHandle ?? 'Done');
      outcomes.set(edge.source, list);
    }
    const edges: Edge[] = graph.edges.map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      sourceHandle: edge.sourceHandle,
      label: edge.sourceHandle && edge.sourceHandle !== 'Done' ? edge.sourceHandle : undefined,
      markerEnd: { type: MarkerType.ArrowClosed },
      focusable: false,
    }));
    return { nodes: positioned, edges, outcomes };
  }, [definition]);

  const nodes: ViewerNodeType[] = useMemo(
    () =>
      base.nodes.map((node) => {
        const activity = node.data.activity;
        const name = activity.name?.trim() || activity.id;
        const badge = badges?.[activity.id];
        return {
          id: node.id,
          type: 'viewer',
          position: node.position,
          selected: node.id === selectedId,
          ariaLabel: badge ? `${name}: ${badge.label}${badge.detail ? ` — ${badge.detail}` : ''}` : name,
          data: { label: name, type: activity.type, outcomes: base.outcomes.get(node.id) ?? [], badge, highlighted: node.id === highlightedId },
        };
      }),
    [base, badges, highlightedId, selectedId],
  );

  return (
    <div className="viewer-graph" role="region" aria-label={label}>
      <ReactFlow
        nodes={nodes}
        edges={base.edges}
        nodeTypes={nodeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={Boolean(onSelect)}
        edgesFocusable={false}
        deleteKeyCode={null}
        onNodeClick={(_, node) => onSelect?.(node.id)}
        fitView
        fitViewOptions={legibleFit}
        minZoom={0.2}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <FocusOn id={highlightedId ?? selectedId} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
