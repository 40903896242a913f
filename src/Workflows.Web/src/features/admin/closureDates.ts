import { belgradeDay, localeOf } from '../../i18n/format';

// A closure is a calendar day in Belgrade, not an instant: it travels as yyyy-mm-dd and is never put through
// `new Date(text)` in local time, which would move it a day in any zone west of UTC.

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in the form yyyy-mm-dd (so 2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const m = isoDate.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/** Today's date in Belgrade, whatever the browser's zone. */
export function todayInBelgrade(now: Date = new Date()): string {
  return belgradeDay(now);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The day in words: built and formatted in UTC, so no time zone can move it to a neighbouring day. */
export function formatCalendarDate(date: string, language: string, weekday = false): string {
  const m = isoDate.exec(date);
  if (!m) return date;
  const instant = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(localeOf(language), {
    timeZone: 'UTC',
    dateStyle: weekday ? 'full' : 'medium',
  }).format(instant);
}

export function isPast(date: string, today: string): boolean {
  return date < today;
}
