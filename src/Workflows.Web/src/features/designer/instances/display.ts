import type { Tone } from '../../../ui/Badge';
import type { ActivityState, InstanceActivity } from './api';

// How an activity's state looks on the graph: a tone (colour), an icon AND a text label, never colour alone.

export interface StateDisplay {
  state: ActivityState;
  tone: Tone;
  /** A glyph read out by no one (aria-hidden); the label carries the meaning. */
  icon: string;
  /** i18n key in the viewer namespace. */
  labelKey: string;
}

const displays: Record<ActivityState, Omit<StateDisplay, 'state'>> = {
  done: { tone: 'success', icon: '✓', labelKey: 'state.done' },
  waiting: { tone: 'info', icon: '◔', labelKey: 'state.waiting' },
  faulted: { tone: 'danger', icon: '⚠', labelKey: 'state.faulted' },
  active: { tone: 'warning', icon: '◐', labelKey: 'state.active' },
  notReached: { tone: 'neutral', icon: '○', labelKey: 'state.notReached' },
};

/** The legend's order: what needs attention first. */
export const legendOrder: ActivityState[] = ['faulted', 'waiting', 'active', 'done', 'notReached'];

export function stateDisplay(state: string): StateDisplay {
  const known = (state in displays ? state : 'notReached') as ActivityState;
  return { state: known, ...displays[known] };
}

/** The one-line detail under a node: what it waits for and until when, the incident, or the outcome it took. */
export interface StateDetail {
  /** i18n key in the viewer namespace, with the values below. */
  key: string;
  values: Record<string, string>;
  /** An instant to show with the detail (due date, completion, incident). */
  at?: string;
}

export function stateDetail(activity: InstanceActivity): StateDetail | null {
  switch (activity.state) {
    case 'waiting': {
      const wait = activity.waitingFor;
      if (!wait) return null;
      const kind = ['task', 'event', 'timer'].includes(wait.kind) ? wait.kind : 'other';
      return { key: wait.due ? `detail.waiting.${kind}Until` : `detail.waiting.${kind}`, values: { name: wait.name ?? '' }, at: wait.due ?? undefined };
    }
    case 'faulted':
      return activity.incident ? { key: 'detail.faulted', values: { message: activity.incident.message }, at: activity.incident.at } : null;
    case 'done':
      return activity.outcome && activity.outcome !== 'Done'
        ? { key: 'detail.doneWithOutcome', values: { outcome: activity.outcome }, at: activity.completedAt ?? undefined }
        : { key: 'detail.done', values: {}, at: activity.completedAt ?? undefined };
    case 'active':
      return { key: 'detail.active', values: {} };
    default:
      return null;
  }
}

/** Counts per state for the legend, so a reader sees at a glance how far the instance got. */
export function countStates(activities: InstanceActivity[]): Record<ActivityState, number> {
  const counts: Record<ActivityState, number> = { done: 0, waiting: 0, faulted: 0, active: 0, notReached: 0 };
  for (const a of activities) counts[stateDisplay(a.state).state] += 1;
  return counts;
}
