import type { AgendaItem } from './agenda';
import { groupByDay } from './agenda';
import { addDays, firstOfMonth, lastOfMonth, monthOf, weekdayMondayFirst, type Day, type Month } from '../../lib/dates';

export interface GridDay {
  day: Day;
  dayOfMonth: number;
  /** False for the previous or next month's days that fill the first and last week. */
  inMonth: boolean;
  isToday: boolean;
  items: AgendaItem[];
}

export interface MonthGrid {
  month: Month;
  first: Day;
  last: Day;
  weeks: GridDay[][];
}

/** First and last day shown: whole weeks, Monday to Sunday, covering the month. */
export function gridRange(month: Month): { first: Day; last: Day } {
  const start = firstOfMonth(month);
  const end = lastOfMonth(month);
  return { first: addDays(start, -weekdayMondayFirst(start)), last: addDays(end, 6 - weekdayMondayFirst(end)) };
}

/** Weeks Monday-first; items (already in agenda order) go to their Belgrade day. */
export function buildMonthGrid(month: Month, today: Day, items: readonly AgendaItem[]): MonthGrid {
  const { first, last } = gridRange(month);
  const byDay = groupByDay(items);
  const weeks: GridDay[][] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) {
    if (weekdayMondayFirst(day) === 0) weeks.push([]);
    weeks[weeks.length - 1].push({
      day,
      dayOfMonth: Number(day.slice(8)),
      inMonth: monthOf(day) === month,
      isToday: day === today,
      items: byDay.get(day) ?? [],
    });
  }
  return { month, first, last, weeks };
}
