import { belgradeDay } from '../i18n/belgradeTime';

// Calendar days are handled as 'yyyy-mm-dd' strings and civil arithmetic in UTC, so the browser's own zone never
// shifts a day; instants become days only through Belgrade (belgradeDay).

export type Day = string;
export type Month = string;

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string | null | undefined): value is Month {
  return !!value && monthPattern.test(value);
}

function toUtc(day: Day): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: Day, days: number): Day {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayMondayFirst(day: Day): number {
  return (toUtc(day).getUTCDay() + 6) % 7;
}

export function monthOf(day: Day): Month {
  return day.slice(0, 7);
}

export function firstOfMonth(month: Month): Day {
  return `${month}-01`;
}

export function lastOfMonth(month: Month): Day {
  const [y, m] = month.split('-').map(Number);
  return fromUtc(new Date(Date.UTC(y, m, 0)));
}

export function addMonths(month: Month, months: number): Month {
  const [y, m] = month.split('-').map(Number);
  return fromUtc(new Date(Date.UTC(y, m - 1 + months, 1))).slice(0, 7);
}

export function todayInBelgrade(now: Date = new Date()): Day {
  return belgradeDay(now);
}

export { belgradeLocalToIso, isoToBelgradeLocal } from '../i18n/belgradeTime';
