import { belgradeToInstant } from '../../i18n/belgradeTime';

export { belgradeToInstant };

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
