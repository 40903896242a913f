// Everyone at ASTRA works in Belgrade: calendar days and wall-clock times typed into the app are Belgrade's, whatever
// the browser's zone. No imports, so the end-to-end tests (compiled without Vite's types) use the same code.

export const timeZone = 'Europe/Belgrade';

function parse(value: string | Date | number): Date {
  return value instanceof Date ? value : new Date(value);
}

/** The calendar day (yyyy-mm-dd) an instant falls on in Belgrade. */
export function belgradeDay(value: string | Date | number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(parse(value));
}

/** Minutes Belgrade is ahead of UTC at an instant (60 in winter, 120 in summer). */
export function belgradeOffsetMinutes(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((wall - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** The instant (ms since the epoch) of a Belgrade wall-clock time given as UTC fields. */
function wallToInstant(wall: number): number {
  // The offset at the first guess is right except within the hour around a change; a second look settles it.
  const guess = wall - belgradeOffsetMinutes(wall) * 60_000;
  return wall - belgradeOffsetMinutes(guess) * 60_000;
}

/** The instant a Belgrade wall-clock time on a day falls on, as ISO (UTC). */
export function belgradeToInstant(day: string, hour = 0, minute = 0, second = 0, ms = 0): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(wallToInstant(Date.UTC(y, m - 1, d, hour, minute, second, ms))).toISOString();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A Belgrade wall-clock time ('yyyy-mm-ddThh:mm', as a datetime-local input gives it) as ISO 8601 with its offset,
 * which the API requires so a time around a DST change is never ambiguous; null when it is not such a value.
 */
export function belgradeLocalToIso(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const offset = Math.round((wall - wallToInstant(wall)) / 60_000);
  const abs = Math.abs(offset);
  return `${local}:00${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
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
