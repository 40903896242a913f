import { timeZone } from '../../i18n/format';

export interface AuditFilters {
  userId: string;
  caseId: string;
  action: string;
  /** yyyy-mm-dd, a day in Belgrade (inclusive). */
  fromDay: string;
  /** yyyy-mm-dd, a day in Belgrade (inclusive). */
  toDay: string;
}

export const emptyAuditFilters: AuditFilters = { userId: '', caseId: '', action: '', fromDay: '', toDay: '' };

export const auditPageSize = 100;

/** Minutes Belgrade is ahead of UTC at an instant (60 in winter, 120 in summer). */
function belgradeOffsetMinutes(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** The instant a Belgrade wall-clock time falls on, as ISO (UTC): the day filters mean Belgrade days. */
export function belgradeToInstant(day: string, hour = 0, minute = 0, second = 0, ms = 0): string {
  const [y, m, d] = day.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d, hour, minute, second, ms);
  // The offset at the guess is right except within the hour around a change; a second look settles it.
  let instant = wall - belgradeOffsetMinutes(wall) * 60_000;
  instant = wall - belgradeOffsetMinutes(instant) * 60_000;
  return new Date(instant).toISOString();
}

/** The API's query: actor, case and time range go to the server; the action is matched on the page it returns. */
export function auditParams(filters: AuditFilters, afterId?: number): Record<string, string | number | undefined> {
  return {
    userId: filters.userId || undefined,
    caseId: filters.caseId.trim() || undefined,
    from: filters.fromDay ? belgradeToInstant(filters.fromDay) : undefined,
    to: filters.toDay ? belgradeToInstant(filters.toDay, 23, 59, 59, 999) : undefined,
    limit: auditPageSize,
    afterId,
  };
}

/** Matches an action by prefix too, so "client" finds client.reveal and client.search. */
export function matchesAction(action: string, filter: string): boolean {
  const wanted = filter.trim().toLowerCase();
  return !wanted || action.toLowerCase().startsWith(wanted);
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(text: string): boolean {
  return guid.test(text.trim());
}

/** The actions the host records (Features/Audit/AuditActions.cs). */
export const auditActions = [
  'audit.read',
  'case.create',
  'client.create',
  'client.reveal',
  'client.search',
  'client.erase',
  'consent.give',
  'consent.withdraw',
  'sharing.check',
] as const;
