import { describe, expect, it } from 'vitest';
import type { InstanceActivity } from './api';
import { countStates, stateDetail, stateDisplay } from './display';

const activity = (over: Partial<InstanceActivity>): InstanceActivity => ({
  activityId: 'a',
  type: 'task.human',
  name: null,
  state: 'notReached',
  completedAt: null,
  outcome: null,
  waitingFor: null,
  incident: null,
  ...over,
});

describe('stateDisplay', () => {
  it('gives every state a tone, an icon and a label, all different', () => {
    const states = ['done', 'waiting', 'faulted', 'active', 'notReached'] as const;
    const shown = states.map(stateDisplay);
    expect(shown.map((s) => s.tone)).toEqual(['success', 'info', 'danger', 'warning', 'neutral']);
    expect(new Set(shown.map((s) => s.icon)).size).toBe(states.length);
    expect(shown.map((s) => s.labelKey)).toEqual(['state.done', 'state.waiting', 'state.faulted', 'state.active', 'state.notReached']);
  });

  it('shows a state it does not know as not reached rather than failing', () => {
    expect(stateDisplay('somethingNew').state).toBe('notReached');
  });
});

describe('stateDetail', () => {
  it('says which task a waiting activity waits for and until when', () => {
    const detail = stateDetail(activity({ state: 'waiting', waitingFor: { kind: 'task', name: 'Screen the contact', due: '2026-04-10T14:00:00Z', taskId: null } }));
    expect(detail).toEqual({ key: 'detail.waiting.taskUntil', values: { name: 'Screen the contact' }, at: '2026-04-10T14:00:00Z' });
  });

  it('names an event waited for without a deadline', () => {
    expect(stateDetail(activity({ state: 'waiting', waitingFor: { kind: 'event', name: 'hearing-scheduled', due: null, taskId: null } }))?.key).toBe('detail.waiting.event');
  });

  it('carries the incident message of a faulted activity', () => {
    const detail = stateDetail(activity({ state: 'faulted', incident: { id: 'i', message: 'boom', at: '2026-04-10T08:00:00Z' } }));
    expect(detail).toEqual({ key: 'detail.faulted', values: { message: 'boom' }, at: '2026-04-10T08:00:00Z' });
  });

  it('names the outcome of a done activity unless it is the default', () => {
    expect(stateDetail(activity({ state: 'done', outcome: 'Approve', completedAt: 'x' }))?.key).toBe('detail.doneWithOutcome');
    expect(stateDetail(activity({ state: 'done', outcome: 'Done', completedAt: 'x' }))?.key).toBe('detail.done');
    expect(stateDetail(activity({ state: 'notReached' }))).toBeNull();
  });
});

describe('countStates', () => {
  it('counts each state', () => {
    const counts = countStates([activity({ state: 'done' }), activity({ state: 'done' }), activity({ state: 'waiting' })]);
    expect(counts).toEqual({ done: 2, waiting: 1, faulted: 0, active: 0, notReached: 0 });
  });
});
