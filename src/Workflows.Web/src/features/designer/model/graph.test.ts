import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from './definition';
import { definitionToGraph, graphToDefinition } from './graph';
import { layoutLeftToRight } from './layout';

const directory = resolve(import.meta.dirname, '../../../../../../definitions');
const shipped = readdirSync(directory).filter((f) => f.endsWith('.workflow.json'));

function load(file: string): WorkflowDefinition {
  return JSON.parse(readFileSync(resolve(directory, file), 'utf8')) as WorkflowDefinition;
}

describe('definition ↔ graph', () => {
  it('finds the shipped definitions', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(6);
  });

  it.each(shipped)('round-trips %s without loss, byte for byte as JSON', (file) => {
    const text = readFileSync(resolve(directory, file), 'utf8');
    const definition = JSON.parse(text) as WorkflowDefinition;
    const back = graphToDefinition(definitionToGraph(definition));
    expect(back).toEqual(definition);
    expect(JSON.stringify(back, null, 2)).toBe(JSON.stringify(definition, null, 2));
  });

  it('turns each connection into an edge from the outcome handle', () => {
    const graph = definitionToGraph(load('hotline-triage.workflow.json'));
    const definition = load('hotline-triage.workflow.json');
    expect(graph.nodes.map((n) => n.id)).toEqual(definition.activities.map((a) => a.id));
    expect(graph.edges).toHaveLength(definition.connections.length);
    for (const [i, c] of definition.connections.entries()) {
      expect(graph.edges[i]).toMatchObject({ source: c.from, target: c.to, sourceHandle: c.outcome ?? 'Done' });
    }
  });

  it('writes moved positions and rewired connections back', () => {
    const graph = definitionToGraph(load('hotline-triage.workflow.json'));
    graph.nodes[1] = { ...graph.nodes[1], position: { x: 999.4, y: 12.6 } };
    graph.edges[0] = { ...graph.edges[0], target: graph.nodes[2].id };
    const back = graphToDefinition(graph);
    expect(back.activities[1].designer).toEqual({ x: 999, y: 13 });
    expect(back.connections[0].to).toBe(graph.nodes[2].id);
  });

  it('adds no coordinates to activities that had none and were not moved', () => {
    const definition: WorkflowDefinition = {
      schemaVersion: 1,
      definitionId: 'x',
      name: 'X',
      activities: [{ id: 'start', type: 'flow.start' }, { id: 'end', type: 'flow.end' }],
      connections: [{ from: 'start', to: 'end' }],
    };
    expect(graphToDefinition(definitionToGraph(definition))).toEqual(definition);
  });

  it('lays the flow out left to right', () => {
    const graph = definitionToGraph(load('hotline-triage.workflow.json'));
    const placed = layoutLeftToRight(graph.nodes, graph.edges);
    const x = (id: string) => placed.find((n) => n.id === id)!.position.x;
    const edges = graph.edges.filter((e) => e.source !== e.target);
    // Loops back (an approval's "Return") point left; the flow itself runs to the right.
    const forward = edges.filter((e) => x(e.target) > x(e.source)).length;
    expect(forward / edges.length).toBeGreaterThan(0.8);
    expect(new Set(placed.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(placed.length);
  });
});
