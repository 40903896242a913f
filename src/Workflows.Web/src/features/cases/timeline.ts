import { belgradeDay } from '../../i18n/format';
import type { CaseTeamMember, CaseTimelineEntry } from './api';
import { humanize } from './labels';

export interface TimelineDay<T extends { at: string } = CaseTimelineEntry> {
  /** yyyy-mm-dd in Belgrade. */
  day: string;
  entries: T[];
}

/** Groups entries by their Belgrade day, newest day and newest entry first, whatever order they arrive in. */
export function groupByDay<T extends { at: string }>(entries: readonly T[]): TimelineDay<T>[] {
  const sorted = [...entries].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const days: TimelineDay<T>[] = [];
  for (const entry of sorted) {
    const day = belgradeDay(entry.at);
    const last = days[days.length - 1];
    if (last && last.day === day) last.entries.push(entry);
    else days.push({ day, entries: [entry] });
  }
  return days;
}

/**
 * The activity a journal entry is about, in the reader's language (the definition's texts, as the server answers them);
 * an activity without a name, and instance-level entries, name the workflow instead: ids and type keys are English.
 */
export function activityName(entry: Pick<CaseTimelineEntry, 'activityName' | 'workflowName' | 'definitionId'>): string {
  return entry.activityName || entry.workflowName || humanize(entry.definitionId);
}

/** The i18n key for a journal kind (ActivityCompleted → timeline.kinds.activityCompleted); unknown kinds fall back to their words. */
export function kindKey(kind: string): string {
  return `timeline.kinds.${kind.charAt(0).toLowerCase()}${kind.slice(1)}`;
}

export type Actor = { type: 'member'; name: string } | { type: 'user' } | { type: 'system'; name: string };

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who acted: a team member by name, another person without a name we may show, or the engine itself. */
export function actorOf(actor: string, team: readonly CaseTeamMember[]): Actor {
  const member = team.find((m) => m.userId.toLowerCase() === actor.toLowerCase());
  if (member) return { type: 'member', name: member.displayName };
  if (guid.test(actor)) return { type: 'user' };
  return { type: 'system', name: actor };
}
