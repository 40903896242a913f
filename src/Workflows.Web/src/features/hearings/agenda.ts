import { belgradeDay } from '../../i18n/format';
import type { Deadline, HearingItem } from './api';
import type { Day } from '../../lib/dates';

export type AgendaItem =
  | { type: 'hearing'; id: string; day: Day; at: string; hearing: HearingItem }
  | { type: 'deadline'; id: string; day: Day; deadline: Deadline };

export type HearingState = 'scheduled' | 'changed' | 'rescheduled' | 'cancelled';

/**
 * The list item carries no history, so a hearing with a revision above 1 is "changed" (rescheduled or edited);
 * the detail shows which from its history.
 */
export function hearingState(h: Pick<HearingItem, 'status' | 'revision'> & { history?: { change: string }[] }): HearingState {
  if (h.status === 'cancelled') return 'cancelled';
  if (h.history) return h.history.some((c) => c.change === 'rescheduled') ? 'rescheduled' : h.revision > 1 ? 'changed' : 'scheduled';
  return h.revision > 1 ? 'changed' : 'scheduled';
}

export interface DeadlineMarks {
  hard: boolean;
  /** Past its last day without being completed or dismissed (the server marks such deadlines missed at midnight). */
  overdue: boolean;
  dueToday: boolean;
  open: boolean;
}

export function deadlineMarks(d: Pick<Deadline, 'hard' | 'status' | 'dueOn'>, today: Day): DeadlineMarks {
  const open = d.status === 'open';
  return {
    hard: d.hard,
    overdue: d.status === 'missed' || (open && d.dueOn < today),
    dueToday: open && d.dueOn === today,
    open,
  };
}

export function hearingItem(hearing: HearingItem): AgendaItem {
  return { type: 'hearing', id: hearing.id, day: belgradeDay(hearing.startsAt), at: hearing.startsAt, hearing };
}

export function deadlineItem(deadline: Deadline): AgendaItem {
  return { type: 'deadline', id: deadline.id, day: deadline.dueOn, deadline };
}

// A deadline lasts the whole day, so it comes before that day's hearings, as all-day entries do in calendar apps.
function compare(a: AgendaItem, b: AgendaItem): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  if (a.type !== b.type) return a.type === 'deadline' ? -1 : 1;
  if (a.type === 'hearing' && b.type === 'hearing') {
    const diff = Date.parse(a.at) - Date.parse(b.at);
    if (diff !== 0) return diff;
  }
  if (a.type === 'deadline' && b.type === 'deadline' && a.deadline.hard !== b.deadline.hard) return a.deadline.hard ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Hearings and deadlines as one agenda in time order. */
export function mergeAgenda(hearings: readonly HearingItem[], deadlines: readonly Deadline[]): AgendaItem[] {
  return [...hearings.map(hearingItem), ...deadlines.map(deadlineItem)].sort(compare);
}

/**
 * What the list shows: hearings from today on (cancelled ones too, so a lawyer sees the change), open deadlines and
 * ones missed within the last 30 days (older misses are history, not agenda).
 */
export function upcoming(items: readonly AgendaItem[], today: Day, missedSince: Day): AgendaItem[] {
  return items.filter((item) => {
    if (item.type === 'hearing') return item.day >= today;
    const { status, dueOn } = item.deadline;
    if (status === 'open') return true;
    return status === 'missed' && dueOn >= missedSince;
  });
}

export function groupByDay(items: readonly AgendaItem[]): Map<Day, AgendaItem[]> {
  const days = new Map<Day, AgendaItem[]>();
  for (const item of items) {
    const list = days.get(item.day);
    if (list) list.push(item);
    else days.set(item.day, [item]);
  }
  return days;
}
