import { belgradeDay, timeZone } from '../../i18n/format';

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

/** Belgrade's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function belgradeOffsetMinutes(instant: Date): number {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A Belgrade wall-clock time ('yyyy-mm-ddThh:mm', as a datetime-local input gives it) as ISO 8601 with its offset,
 * which the API requires so a time around a DST change is never ambiguous.
 */
export function belgradeLocalToIso(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  // The offset at the naive instant, corrected once: right except inside the hour DST skips.
  let offset = belgradeOffsetMinutes(new Date(naive - belgradeOffsetMinutes(new Date(naive)) * 60_000));
  offset = belgradeOffsetMinutes(new Date(naive - offset * 60_000));
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An instant as the Belgrade wall-clock value a datetime-local input shows. */
export function isoToBelgradeLocal(value: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(value));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}
