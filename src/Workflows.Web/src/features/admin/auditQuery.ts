import { belgradeToInstant } from '../../i18n/belgradeTime';

export { belgradeToInstant };

export interface AuditFilters {
  userId: string;
  /** A case code (AS-2026-0014) or a case ID. */
  caseRef: string;
  action: string;
  /** yyyy-mm-dd, a day in Belgrade (inclusive). */
  fromDay: string;
  /** yyyy-mm-dd, a day in Belgrade (inclusive). */
  toDay: string;
}

export const emptyAuditFilters: AuditFilters = { userId: '', caseRef: '', action: '', fromDay: '', toDay: '' };

/** The longest case code the host stores. */
export const maxCaseCodeLength = 32;

export const auditPageSize = 100;

/**
 * The API's query; every filter goes to the server, which answers newest first. A case is named by its code
 * or its ID; older pages start below the last id shown (beforeId).
 */
export function auditParams(filters: AuditFilters, beforeId?: number): Record<string, string | number | undefined> {
  const caseRef = filters.caseRef.trim();
  return {
    userId: filters.userId || undefined,
    caseId: isGuid(caseRef) ? caseRef : undefined,
    caseCode: caseRef && !isGuid(caseRef) ? caseRef.toUpperCase() : undefined,
    action: filters.action || undefined,
    from: filters.fromDay ? belgradeToInstant(filters.fromDay) : undefined,
    to: filters.toDay ? belgradeToInstant(filters.toDay, 23, 59, 59, 999) : undefined,
    limit: auditPageSize,
    beforeId,
  };
}

/** The i18n key of an outcome's label ("denied" → "audit.outcomes.denied"). */
export function outcomeLabelKey(outcome: string): string {
  return `audit.outcomes.${outcome}`;
}

/** The i18n key of an action's label ("task.claim" → "audit.actions.task_claim"). */
export function actionLabelKey(action: string): string {
  return `audit.actions.${action.replaceAll('.', '_')}`;
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(text: string): boolean {
  return guid.test(text.trim());
}

/**
 * The actions the host records (Platform/Audit/AuditActions.cs and each module's *Audit class); a unit test reads the
 * C# files, so an action added there without an entry and a label here fails.
 */
export const auditActions = [
  'audit.read',
  'case.create',
  'case.read',
  'client.create',
  'client.reveal',
  'client.search',
  'client.erase',
  'client.update',
  'case.search',
  'case.profile.read',
  'case.profile.set',
  'consent.give',
  'consent.withdraw',
  'consent.read',
  'sharing.check',
  'task.read',
  'task.claim',
  'task.release',
  'task.assign',
  'task.complete',
  'instance.read',
  'team.change',
  'team.read',
  'proceeding.create',
  'proceeding.read',
  'hearing.schedule',
  'hearing.update',
  'hearing.cancel',
  'hearing.read',
  'hearing.list',
  'deadline.create',
  'deadline.change',
  'deadline.complete',
  'deadline.list',
  'deadline.read',
  'deadline-kind.change',
  'note.list',
  'note.write',
  'document.list',
  'document.upload',
  'document.download',
  'document.delete',
  'document.refused',
  'referral.send',
  'referral.read',
  'referral.list',
  'referral.withdraw',
  'referral.answer',
  'referral.complete',
  'referral.incoming',
  'referral.link-view',
  'referral.link-answer',
  'referral.link-denied',
  'service.record',
  'service.list',
  'contact.create',
  'contact.read',
  'contact.correct',
  'contact.open-case',
  'contact.repeat-lookup',
  'contact.call-back',
  'report.read',
  'report.export',
  'overview.read',
  'event.raise',
  'instance.start',
  'definition.publish',
  'auth.sign-in',
  'auth.sign-out',
  'auth.password-change',
  'auth.second-factor-change',
  'user.create',
  'user.roles',
  'user.disable',
  'user.enable',
] as const;
