import type { Edge, Node } from '@xyflow/react';
import { defaultOutcome, type ActivityDefinition, type ConnectionDefinition, type WorkflowDefinition } from './definition';

// The designer edits a graph (React Flow nodes and edges); the service stores a definition. Each node keeps its
// activity verbatim and each edge its connection, so converting back changes only what was edited.

export interface ActivityNodeData extends Record<string, unknown> {
  activity: ActivityDefinition;
}

export interface ConnectionEdgeData extends Record<string, unknown> {
  connection: ConnectionDefinition;
}

export type ActivityNode = Node<ActivityNodeData, 'activity'>;
export type ConnectionEdge = Edge<ConnectionEdgeData>;

export interface WorkflowGraph {
  /** Everything of the definition but its activities and connections. */
  meta: Omit<WorkflowDefinition, 'activities' | 'connections'>;
  nodes: ActivityNode[];
  edges: ConnectionEdge[];
}

export function edgeId(connection: ConnectionDefinition, index: number): string {
  return `${connection.from}:${connection.outcome ?? defaultOutcome}->${connection.to}#${index}`;
}

/** Where a node without designer coordinates goes until a layout is asked for: a simple grid, left to right. */
function fallbackPosition(index: number): { x: number; y: number } {
  return { x: 40 + (index % 6) * 240, y: 40 + Math.floor(index / 6) * 140 };
}

export function definitionToGraph(definition: WorkflowDefinition): WorkflowGraph {
  const { activities, connections, ...meta } = definition;
  const nodes: ActivityNode[] = activities.map((activity, index) => ({
    id: activity.id,
    type: 'activity',
    position: activity.designer ? { x: activity.designer.x, y: activity.designer.y } : fallbackPosition(index),
    data: { activity },
  }));
  const edges: ConnectionEdge[] = connections.map((connection, index) => ({
    id: edgeId(connection, index),
    source: connection.from,
    target: connection.to,
    sourceHandle: connection.outcome ?? defaultOutcome,
    data: { connection },
  }));
  return { meta, nodes, edges };
}

function samePosition(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return Math.round(a.x) === Math.round(b.x) && Math.round(a.y) === Math.round(b.y);
}

export function graphToDefinition(graph: WorkflowGraph): WorkflowDefinition {
  const activities = graph.nodes.map((node, index) => {
    const activity: ActivityDefinition = { ...node.data.activity, id: node.id };
    const position = { x: Math.round(node.position.x), y: Math.round(node.position.y) };
    // An activity that never had coordinates keeps none unless it was placed somewhere else than the fallback.
    if (activity.designer || !samePosition(position, fallbackPosition(index))) {
      activity.designer = position;
    }
    return activity;
  });
  const connections = graph.edges.map((edge) => {
    const original = edge.data?.connection;
    const outcome = edge.sourceHandle ?? defaultOutcome;
    const connection: ConnectionDefinition = { ...(original ?? {}), from: edge.source, to: edge.target };
    // "Done" written explicitly stays written; an absent outcome stays absent.
    if (outcome === defaultOutcome && (original === undefined || original.outcome === undefined)) {
      delete connection.outcome;
    } else {
      connection.outcome = outcome;
    }
    return orderConnection(connection);
  });
  // The translations come last, as in the files and as the service writes them (ADR 0042).
  const { texts, ...meta } = graph.meta;
  return { ...meta, activities, connections, ...(texts === undefined ? {} : { texts }) } as WorkflowDefinition;
}

/** from, outcome, to: the order the shipped files use, so an exported file diffs cleanly. */
function orderConnection(connection: ConnectionDefinition): ConnectionDefinition {
  const { from, outcome, to, ...rest } = connection;
  return outcome === undefined ? { from, to, ...rest } : { from, outcome, to, ...rest };
}
