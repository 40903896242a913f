import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { WorkflowDefinition } from '../model/definition';
import { diffDefinitions, formatValue, isEmptyDiff } from './diff';

function base(): WorkflowDefinition {
  return {
    schemaVersion: 1,
    definitionId: 'demo',
    name: 'Demo',
    activities: [
      { id: 'start', type: 'flow.start', name: 'Start', designer: { x: 0, y: 0 } },
      { id: 'review', type: 'task.human', name: 'Review', inputs: { role: 'CaseManager', due: 'P2D', outcomes: ['Approve', 'Reject'] }, designer: { x: 200, y: 0 } },
      { id: 'end', type: 'flow.end', name: 'End', designer: { x: 400, y: 0 } },
    ],
    connections: [
      { from: 'start', to: 'review' },
      { from: 'review', outcome: 'Approve', to: 'end' },
    ],
  };
}

const clone = <T,>(value: T): T => structuredClone(value);

describe('diffDefinitions', () => {
  it('finds nothing between a definition and itself, whatever the key order', () => {
    const a = base();
    const b = clone(a);
    b.activities[1] = { inputs: { outcomes: ['Approve', 'Reject'], due: 'P2D', role: 'CaseManager' }, designer: { y: 0, x: 200 }, name: 'Review', type: 'task.human', id: 'review' };
    expect(isEmptyDiff(diffDefinitions(a, b))).toBe(true);
  });

  it('lists added and removed activities and connections', () => {
    const a = base();
    const b = clone(a);
    b.activities = b.activities.filter((x) => x.id !== 'end');
    b.activities.push({ id: 'notify', type: 'notify.email', name: 'Notify' });
    b.connections = [{ from: 'start', to: 'review' }, { from: 'review', outcome: 'Approve', to: 'notify' }];
    const diff = diffDefinitions(a, b);
    expect(diff.added.map((x) => x.id)).toEqual(['notify']);
    expect(diff.removed.map((x) => x.id)).toEqual(['end']);
    expect(diff.connectionsAdded).toEqual([{ from: 'review', outcome: 'Approve', to: 'notify' }]);
    expect(diff.connectionsRemoved).toEqual([{ from: 'review', outcome: 'Approve', to: 'end' }]);
  });

  it('treats an absent outcome and an explicit Done as the same connection', () => {
    const a = base();
    const b = clone(a);
    b.connections[0] = { from: 'start', outcome: 'Done', to: 'review' };
    expect(isEmptyDiff(diffDefinitions(a, b))).toBe(true);
  });

  it('names each changed input with its old and new value, and other changed fields', () => {
    const a = base();
    const b = clone(a);
    b.activities[1].inputs = { role: 'Coordinator', due: 'P2D', outcomes: ['Approve', 'Reject', 'Defer'], resultVariable: 'decision' };
    b.activities[1].name = 'Review the plan';
    const diff = diffDefinitions(a, b);
    expect(diff.changed).toHaveLength(1);
    const change = diff.changed[0];
    expect(change.id).toBe('review');
    expect(change.moved).toBe(false);
    expect(change.fields).toEqual([{ field: 'name', before: 'Review', after: 'Review the plan' }]);
    expect(change.inputs.map((i) => i.field)).toEqual(['outcomes', 'resultVariable', 'role']);
    expect(change.inputs.find((i) => i.field === 'role')).toEqual({ field: 'role', before: 'CaseManager', after: 'Coordinator' });
    expect(change.inputs.find((i) => i.field === 'resultVariable')?.before).toBeUndefined();
    expect(formatValue(change.inputs[0].after)).toBe('[\n  "Approve",\n  "Reject",\n  "Defer"\n]');
  });

  it('lists nodes that only moved apart, and marks a changed node that also moved', () => {
    const a = base();
    const b = clone(a);
    b.activities[0].designer = { x: 10, y: 50 };
    b.activities[1].designer = { x: 300, y: 0 };
    b.activities[1].description = 'Now described';
    const diff = diffDefinitions(a, b);
    expect(diff.movedOnly).toEqual([{ id: 'start', name: 'Start', before: { x: 0, y: 0 }, after: { x: 10, y: 50 } }]);
    expect(diff.changed.map((c) => [c.id, c.moved])).toEqual([['review', true]]);
  });

  it('reports metadata changes', () => {
    const a = base();
    const b = clone(a);
    b.name = 'Demo 2';
    b.variables = [{ name: 'decision', type: 'string' }];
    const diff = diffDefinitions(a, b);
    expect(diff.metadata.map((m) => m.field)).toEqual(['name', 'variables']);
    expect(diff.metadata[0]).toEqual({ field: 'name', before: 'Demo', after: 'Demo 2' });
  });

  it('finds the real edits between two shipped definitions', () => {
    const file = resolve(import.meta.dirname, '../../../../../../definitions/hotline-triage.workflow.json');
    const shipped = JSON.parse(readFileSync(file, 'utf8')) as WorkflowDefinition;
    const edited = clone(shipped);
    const screen = edited.activities.findIndex((a) => a.id === 'screen');
    edited.activities[screen].inputs = { ...edited.activities[screen].inputs, due: 'PT2H' };
    const diff = diffDefinitions(shipped, edited);
    expect(diff.changed.map((c) => c.inputs.map((i) => [c.id, i.field, i.before, i.after]))).toEqual([[['screen', 'due', 'PT4H', 'PT2H']]]);
    expect(diff.added).toEqual([]);
    expect(diff.movedOnly).toEqual([]);
  });
});
