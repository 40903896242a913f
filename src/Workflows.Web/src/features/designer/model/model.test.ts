import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Json, WorkflowDefinition } from './definition';
import { outcomesOf, paletteGroups, type ActivityType } from './descriptors';
import { formatDuration, isIsoDuration, parseDuration } from './duration';
import {
  addActivity, applyNodeChangesTo, checkpoint, connect, copySelection, currentDefinition, deleteSelection, openDefinition,
  paste, redoEdit, renameActivity, selectOnly, undoEdit, updateActivity, updateMeta,
} from './editorState';
import { commit, createHistory, redo, undo } from './history';
import { uniqueId } from './ids';
import { checkScript } from './jsCheck';
import { indexProblems, inputNameOf, problemsByInput } from './problems';

const directory = resolve(import.meta.dirname, '../../../../../../definitions');
const shipped = readdirSync(directory).filter((f) => f.endsWith('.workflow.json'));
const load = (file: string) => JSON.parse(readFileSync(resolve(directory, file), 'utf8')) as WorkflowDefinition;

function type(key: string, outcomes: string[], dynamicOutcomesInput: string | null = null): ActivityType {
  return { key, displayName: key, category: key.split('.')[0], description: null, inputs: [], outcomes, dynamicOutcomesInput, canWait: false, isStart: false };
}

const human = type('task.human', ['Done'], 'outcomes');
const switcher = type('flow.switch', ['Default'], 'cases');
const decision = type('flow.decision', ['True', 'False']);

const small: WorkflowDefinition = {
  schemaVersion: 1,
  definitionId: 'small',
  name: 'Small',
  activities: [
    { id: 'start', type: 'flow.start', designer: { x: 0, y: 0 } },
    { id: 'task', type: 'task.human', inputs: { title: 'T', outcomes: ['Yes', 'No'] }, designer: { x: 200, y: 0 } },
    { id: 'end', type: 'flow.end', designer: { x: 400, y: 0 } },
  ],
  connections: [
    { from: 'start', to: 'task' },
    { from: 'task', outcome: 'Yes', to: 'end' },
  ],
};

describe('outcome handles', () => {
  it('uses the descriptor outcomes', () => {
    expect(outcomesOf({ id: 'd', type: 'flow.decision' }, decision)).toEqual(['True', 'False']);
  });
  it('replaces Done by a task’s declared outcomes, and keeps Done without them', () => {
    expect(outcomesOf({ id: 't', type: 'task.human', inputs: { outcomes: ['Approved', 'Rejected', 'Approved'] } }, human)).toEqual(['Approved', 'Rejected']);
    expect(outcomesOf({ id: 't', type: 'task.human' }, human)).toEqual(['Done']);
    expect(outcomesOf({ id: 't', type: 'task.human', inputs: { outcomes: [] } }, human)).toEqual(['Done']);
  });
  it('puts a switch’s case outcomes before Default', () => {
    const cases: Json = [{ outcome: 'A', condition: { js: 'true' } }, { outcome: 'B', condition: { js: 'false' } }, { condition: { js: 'x' } }];
    expect(outcomesOf({ id: 's', type: 'flow.switch', inputs: { cases } }, switcher)).toEqual(['A', 'B', 'Default']);
  });
  it('gives an unknown type one Done handle', () => {
    expect(outcomesOf({ id: 'x', type: 'nope' }, undefined)).toEqual(['Done']);
  });
  it('groups the palette by category and filters by search', () => {
    const groups = paletteGroups([human, switcher, decision], 'switch');
    expect(groups).toEqual([{ category: 'flow', types: [switcher] }]);
    expect(paletteGroups([human, switcher, decision], '').map((g) => g.category)).toEqual(['task', 'flow']);
  });
});

describe('undo/redo stack', () => {
  it('undoes and redoes, and a new change drops the redo', () => {
    let h = createHistory(1);
    h = commit(h, 2);
    h = commit(h, 3);
    h = undo(h);
    expect(h.present).toBe(2);
    h = redo(h);
    expect(h.present).toBe(3);
    h = undo(undo(h));
    expect(h.present).toBe(1);
    h = commit(h, 9);
    expect(h.future).toEqual([]);
    expect(redo(h).present).toBe(9);
    expect(undo(createHistory(5)).present).toBe(5);
  });
  it('makes a drag one undo step however many positions it writes', () => {
    let s = checkpoint(openDefinition(small));
    for (const x of [10, 20, 30]) s = applyNodeChangesTo(s, [{ type: 'position', id: 'task', position: { x, y: 0 }, dragging: true }]);
    expect(currentDefinition(s).activities[1].designer).toEqual({ x: 30, y: 0 });
    expect(currentDefinition(undoEdit(s)).activities[1].designer).toEqual({ x: 200, y: 0 });
  });
  it('does not make selection an undo step, and undoes an added activity', () => {
    const opened = openDefinition(small);
    expect(selectOnly(opened, 'task').past).toHaveLength(0);
    const { state, id } = addActivity(opened, 'task.human', { x: 5, y: 5 });
    expect(id).toBe('human');
    expect(currentDefinition(undoEdit(state))).toEqual(small);
    expect(currentDefinition(redoEdit(undoEdit(state))).activities.map((a) => a.id)).toContain('human');
  });
});

describe('ids, copy and paste', () => {
  it('makes unique ids', () => {
    expect(uniqueId('task', new Set(['task', 'task2']))).toBe('task3');
    expect(uniqueId('task2', new Set(['task', 'task2']))).toBe('task3');
    expect(uniqueId('9x', new Set())).toBe('a9x');
  });
  it('pastes with new ids and rewires the connections among the copies', () => {
    let s = openDefinition(small);
    s = applyNodeChangesTo(s, [{ type: 'select', id: 'task', selected: true }, { type: 'select', id: 'end', selected: true }]);
    const clip = copySelection(s)!;
    expect(clip.connections).toEqual([{ from: 'task', outcome: 'Yes', to: 'end' }]);
    s = paste(s, clip);
    const def = currentDefinition(s);
    expect(def.activities.map((a) => a.id)).toEqual(['start', 'task', 'end', 'task2', 'end2']);
    expect(def.connections).toContainEqual({ from: 'task2', outcome: 'Yes', to: 'end2' });
    expect(def.connections).toHaveLength(3);
    expect(def.activities[3].designer).toEqual({ x: 240, y: 40 });
    expect(def.activities[3].inputs).toEqual({ title: 'T', outcomes: ['Yes', 'No'] });
    expect(def.activities[3].inputs).not.toBe(def.activities[1].inputs);
  });
});

describe('editing', () => {
  it('renames an activity and rewires its connections', () => {
    const s = renameActivity(openDefinition(small), 'task', 'review');
    const def = currentDefinition(s);
    expect(def.activities[1].id).toBe('review');
    expect(def.connections).toEqual([
      { from: 'start', to: 'review' },
      { from: 'review', outcome: 'Yes', to: 'end' },
    ]);
    expect(renameActivity(s, 'review', 'end')).toBe(s);
  });
  it('connects outcome handles once, and deletes a node with its connections', () => {
    let s = connect(openDefinition(small), { source: 'task', sourceHandle: 'No', target: 'end', targetHandle: null });
    s = connect(s, { source: 'task', sourceHandle: 'No', target: 'end', targetHandle: null });
    expect(currentDefinition(s).connections).toEqual([...small.connections, { from: 'task', outcome: 'No', to: 'end' }]);
    s = deleteSelection(selectOnly(s, 'task'));
    expect(currentDefinition(s).connections).toEqual([]);
    expect(currentDefinition(undoEdit(s)).connections).toHaveLength(3);
  });
  it('updates inputs of one activity and keeps the other nodes as they were', () => {
    const opened = openDefinition(small);
    const s = updateActivity(opened, 'task', (a) => ({ ...a, inputs: { ...a.inputs, title: 'New' } }));
    expect(currentDefinition(s).activities[1].inputs?.title).toBe('New');
    expect(s.present.nodes[0]).toBe(opened.present.nodes[0]);
  });
  it.each(shipped)('opens and saves %s unchanged through the editor state', (file) => {
    const definition = load(file);
    let s = openDefinition(definition);
    const first = s.present.nodes[0].id;
    s = selectOnly(s, first);
    s = applyNodeChangesTo(s, [{ type: 'dimensions', id: first, dimensions: { width: 200, height: 80 }, setAttributes: true }]);
    s = selectOnly(s, null);
    s = undoEdit(addActivity(s, 'log.note', { x: 1, y: 1 }).state);
    s = undoEdit(renameActivity(s, first, 'renamedForTest'));
    expect(currentDefinition(s)).toEqual(definition);
    expect(JSON.stringify(currentDefinition(s), null, 2)).toBe(JSON.stringify(definition, null, 2));
  });
  it('keeps declared events and start roles in place, and drops startRoles when none are left', () => {
    const declared = load('case-intake.workflow.json');
    expect(declared.events).toEqual([{ name: 'identification-decided', roles: ['Coordinator', 'CaseManager'] }]);
    let s = openDefinition(declared);
    s = updateMeta(s, { startRoles: ['Coordinator'] });
    const edited = currentDefinition(s);
    expect(edited.startRoles).toEqual(['Coordinator']);
    expect(Object.keys(edited).indexOf('startRoles')).toBe(Object.keys(declared).indexOf('startRoles'));
    s = updateMeta(s, { startRoles: undefined, events: undefined });
    expect('startRoles' in currentDefinition(s)).toBe(false);
    expect('events' in currentDefinition(s)).toBe(false);
  });
});

describe('duration editor', () => {
  it('reads ISO and working days', () => {
    expect(parseDuration('PT4H')).toEqual({ amount: 4, unit: 'hours' });
    expect(parseDuration('P3D')).toEqual({ amount: 3, unit: 'days' });
    expect(parseDuration('P1M')).toEqual({ amount: 1, unit: 'months' });
    expect(parseDuration('P2W')).toEqual({ amount: 2, unit: 'weeks' });
    expect(parseDuration('PT30M')).toEqual({ amount: 30, unit: 'minutes' });
    expect(parseDuration({ workingDays: 5 })).toEqual({ amount: 5, unit: 'workingDays' });
    expect(parseDuration('P1DT2H')).toBeNull();
    expect(parseDuration({ js: 'x' })).toBeNull();
  });
  it('writes what it reads', () => {
    for (const value of ['PT4H', 'P3D', 'P1M', 'P2W', 'PT30M', { workingDays: 2 }]) expect(formatDuration(parseDuration(value)!)).toEqual(value);
    expect(formatDuration({ amount: 2.7, unit: 'days' })).toBe('P2D');
  });
  it('accepts compound ISO durations as text', () => {
    expect(isIsoDuration('P1DT2H')).toBe(true);
    expect(isIsoDuration('P')).toBe(false);
    expect(isIsoDuration('PT')).toBe(false);
    expect(isIsoDuration('4 hours')).toBe(false);
  });
});

describe('script syntax check', () => {
  it('accepts expressions, statements and case.x, never running them', () => {
    expect(checkScript("case.nationality !== 'RS'")).toBeNull();
    expect(checkScript('const a = 1; a + 1')).toBeNull();
    expect(checkScript('globalThis.__ran = true')).toBeNull();
    expect((globalThis as Record<string, unknown>).__ran).toBeUndefined();
  });
  it('reports a parse error', () => {
    expect(checkScript('vars.x ===')).toMatch(/./);
    expect(checkScript('(a')).not.toBeNull();
  });
});

describe('validation problems', () => {
  const problems = [
    { activityId: 'task', input: 'title', message: 'title is required' },
    { activityId: 'task', input: 'escalations[0].after', message: 'bad after' },
    { activityId: 'task', input: null, message: 'unreachable' },
    { activityId: null, input: null, message: 'no start' },
  ];
  it('maps problems to nodes and inputs', () => {
    const index = indexProblems(problems);
    expect(index.byActivity.get('task')).toHaveLength(3);
    expect(index.general).toEqual([problems[3]]);
    const byInput = problemsByInput(index.byActivity.get('task'));
    expect(byInput.get('title')?.[0].message).toBe('title is required');
    expect(byInput.get('escalations')?.[0].message).toBe('bad after');
    expect(byInput.get('')?.[0].message).toBe('unreachable');
    expect(inputNameOf(problems[1])).toBe('escalations');
  });
});
