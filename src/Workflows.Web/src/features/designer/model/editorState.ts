import { applyEdgeChanges, applyNodeChanges, type Connection, type EdgeChange, type NodeChange } from '@xyflow/react';
import { defaultOutcome, type ActivityDefinition, type WorkflowDefinition } from './definition';
import { definitionToGraph, graphToDefinition, type ActivityNode, type ConnectionEdge, type WorkflowGraph } from './graph';
import { canRedo, canUndo, commit, createHistory, redo, replacePresent, undo, type History } from './history';
import { idBaseForType, uniqueId } from './ids';
import { layoutLeftToRight } from './layout';
import { renameTextKeys, type Texts } from './texts';

// The editor's state as pure functions over an undo history of graphs, so every edit the canvas makes is testable
// without a browser. Untouched nodes and edges keep their object identity: React Flow then re-renders only what changed.

export type EditorState = History<WorkflowGraph>;

export function openDefinition(definition: WorkflowDefinition): EditorState {
  return createHistory(definitionToGraph(definition));
}

export function currentDefinition(state: EditorState): WorkflowDefinition {
  return definitionOf(state.present);
}

/** The definition one graph stands for (the editor memoizes on the graph, not on the whole history). */
export function definitionOf(graph: EditorState['present']): WorkflowDefinition {
  return graphToDefinition(graph);
}

export { canUndo, canRedo };

let edgeCounter = 0;
function newEdgeId(source: string, outcome: string, target: string): string {
  edgeCounter += 1;
  return `${source}:${outcome}->${target}#n${edgeCounter}`;
}

function takenIds(graph: WorkflowGraph): Set<string> {
  return new Set(graph.nodes.map((n) => n.id));
}

/** Node changes from React Flow: selection, dimensions and drags in progress are not undo steps; removals are. */
export function applyNodeChangesTo(state: EditorState, changes: NodeChange<ActivityNode>[]): EditorState {
  const graph = state.present;
  const nodes = applyNodeChanges(changes, graph.nodes);
  const removed = new Set(changes.filter((c) => c.type === 'remove').map((c) => c.id));
  const edges = removed.size ? graph.edges.filter((e) => !removed.has(e.source) && !removed.has(e.target)) : graph.edges;
  const next = { ...graph, nodes, edges };
  return removed.size || changes.some((c) => c.type === 'add') ? commit(state, next) : replacePresent(state, next);
}

export function applyEdgeChangesTo(state: EditorState, changes: EdgeChange<ConnectionEdge>[]): EditorState {
  const edges = applyEdgeChanges(changes, state.present.edges);
  const next = { ...state.present, edges };
  return changes.some((c) => c.type === 'remove' || c.type === 'add') ? commit(state, next) : replacePresent(state, next);
}

/** The state before a drag becomes the undo step; the positions the drag writes then replace the present. */
export function checkpoint(state: EditorState): EditorState {
  return { past: [...state.past, state.present].slice(-100), present: { ...state.present }, future: [] };
}

export function addActivity(state: EditorState, type: string, position: { x: number; y: number }): { state: EditorState; id: string } {
  const graph = state.present;
  const id = uniqueId(idBaseForType(type), takenIds(graph));
  const activity: ActivityDefinition = { id, type };
  const node: ActivityNode = { id, type: 'activity', position, data: { activity }, selected: true };
  const nodes = [...graph.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), node];
  const edges = graph.edges.map((e) => (e.selected ? { ...e, selected: false } : e));
  return { state: commit(state, { ...graph, nodes, edges }), id };
}

/** A connection from an outcome handle; the same outcome to the same target twice is ignored. */
export function connect(state: EditorState, connection: Connection): EditorState {
  const graph = state.present;
  const outcome = connection.sourceHandle ?? defaultOutcome;
  if (!connection.source || !connection.target || connection.source === connection.target) return state;
  if (graph.edges.some((e) => e.source === connection.source && e.target === connection.target && (e.sourceHandle ?? defaultOutcome) === outcome)) {
    return state;
  }
  const edge: ConnectionEdge = {
    id: newEdgeId(connection.source, outcome, connection.target),
    source: connection.source,
    target: connection.target,
    sourceHandle: outcome,
    data: { connection: outcome === defaultOutcome ? { from: connection.source, to: connection.target } : { from: connection.source, outcome, to: connection.target } },
  };
  return commit(state, { ...graph, edges: [...graph.edges, edge] });
}

export function deleteSelection(state: EditorState): EditorState {
  const graph = state.present;
  const removed = new Set(graph.nodes.filter((n) => n.selected).map((n) => n.id));
  const nodes = graph.nodes.filter((n) => !removed.has(n.id));
  const edges = graph.edges.filter((e) => !e.selected && !removed.has(e.source) && !removed.has(e.target));
  if (nodes.length === graph.nodes.length && edges.length === graph.edges.length) return state;
  return commit(state, { ...graph, nodes, edges });
}

export function selectOnly(state: EditorState, id: string | null): EditorState {
  const graph = state.present;
  const nodes = graph.nodes.map((n) => ((n.id === id) === !!n.selected ? n : { ...n, selected: n.id === id }));
  const edges = graph.edges.map((e) => (e.selected ? { ...e, selected: false } : e));
  return replacePresent(state, { ...graph, nodes, edges });
}

/** Replaces one activity's definition (name, description, inputs); the id is changed only by renameActivity. */
export function updateActivity(state: EditorState, id: string, update: (activity: ActivityDefinition) => ActivityDefinition): EditorState {
  const graph = state.present;
  const nodes = graph.nodes.map((n) => (n.id === id ? { ...n, data: { ...n.data, activity: { ...update(n.data.activity), id } } } : n));
  return commit(state, { ...graph, nodes });
}

/** Renames an activity and rewires every connection to or from it. Refuses an id already taken (returns the state). */
export function renameActivity(state: EditorState, from: string, to: string): EditorState {
  const graph = state.present;
  if (from === to || !to || graph.nodes.some((n) => n.id === to)) return state;
  const nodes = graph.nodes.map((n) => (n.id === from ? { ...n, id: to, data: { ...n.data, activity: { ...n.data.activity, id: to } } } : n));
  const edges = graph.edges.map((e) => {
    if (e.source !== from && e.target !== from) return e;
    const source = e.source === from ? to : e.source;
    const target = e.target === from ? to : e.target;
    const connection = e.data?.connection ? { ...e.data.connection, from: source, to: target } : undefined;
    return { ...e, source, target, data: connection ? { connection } : e.data };
  });
  const texts = renameTextKeys(graph.meta.texts as Texts | undefined, from, to);
  return commit(state, { ...graph, nodes, edges, meta: texts ? { ...graph.meta, texts } : graph.meta });
}

export interface Clipboard {
  activities: ActivityDefinition[];
  positions: { x: number; y: number }[];
  /** Connections among the copied activities only. */
  connections: { from: string; outcome?: string; to: string }[];
}

export function copySelection(state: EditorState): Clipboard | null {
  const graph = state.present;
  const selected = graph.nodes.filter((n) => n.selected);
  if (selected.length === 0) return null;
  const ids = new Set(selected.map((n) => n.id));
  return {
    activities: selected.map((n) => structuredClone(n.data.activity)),
    positions: selected.map((n) => ({ ...n.position })),
    connections: graph.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ((e.sourceHandle ?? defaultOutcome) === defaultOutcome ? { from: e.source, to: e.target } : { from: e.source, outcome: e.sourceHandle!, to: e.target })),
  };
}

/** Pastes with fresh ids (connections among the pasted follow them), offset so copies do not hide the originals. */
export function paste(state: EditorState, clipboard: Clipboard, offset = { x: 40, y: 40 }): EditorState {
  const graph = state.present;
  const taken = takenIds(graph);
  const renamed = new Map<string, string>();
  for (const activity of clipboard.activities) {
    const id = uniqueId(activity.id, taken);
    taken.add(id);
    renamed.set(activity.id, id);
  }
  const pasted: ActivityNode[] = clipboard.activities.map((activity, i) => {
    const id = renamed.get(activity.id)!;
    const position = { x: clipboard.positions[i].x + offset.x, y: clipboard.positions[i].y + offset.y };
    const copy: ActivityDefinition = { ...structuredClone(activity), id };
    if (copy.designer) copy.designer = position;
    return { id, type: 'activity', position, selected: true, data: { activity: copy } };
  });
  const pastedEdges: ConnectionEdge[] = clipboard.connections.map((c) => {
    const from = renamed.get(c.from)!;
    const to = renamed.get(c.to)!;
    const outcome = c.outcome ?? defaultOutcome;
    return { id: newEdgeId(from, outcome, to), source: from, target: to, sourceHandle: outcome, data: { connection: c.outcome ? { from, outcome: c.outcome, to } : { from, to } } };
  });
  const nodes = [...graph.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), ...pasted];
  const edges = [...graph.edges.map((e) => (e.selected ? { ...e, selected: false } : e)), ...pastedEdges];
  return commit(state, { ...graph, nodes, edges });
}

export function arrange(state: EditorState): EditorState {
  const graph = state.present;
  return commit(state, { ...graph, nodes: layoutLeftToRight(graph.nodes, graph.edges) });
}

/** Replaces the whole definition (import into the open editor) as one undo step. */
export function replaceDefinition(state: EditorState, definition: WorkflowDefinition): EditorState {
  return commit(state, definitionToGraph(definition));
}

export type MetaUpdate = Partial<Pick<WorkflowDefinition, 'name' | 'description' | 'events' | 'startRoles' | 'texts'>>;

export function updateMeta(state: EditorState, update: MetaUpdate): EditorState {
  const meta = { ...state.present.meta, ...update };
  for (const key of Object.keys(update) as (keyof typeof update)[]) if (update[key] === undefined) delete meta[key];
  return commit(state, { ...state.present, meta });
}

export const undoEdit = undo;
export const redoEdit = redo;

export function selectedActivityId(graph: WorkflowGraph): string | null {
  const selected = graph.nodes.filter((n) => n.selected);
  return selected.length === 1 ? selected[0].id : null;
}
