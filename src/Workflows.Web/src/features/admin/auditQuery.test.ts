import { describe, expect, it } from 'vitest';
import { actionLabelKey, auditActions, auditParams, belgradeToInstant, emptyAuditFilters, isGuid } from './auditQuery';
import en from '../../i18n/locales/en/admin.json';
import srLatn from '../../i18n/locales/sr-Latn/admin.json';

describe('audit search', () => {
  it('turns Belgrade days into instants across daylight saving', () => {
    expect(belgradeToInstant('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(belgradeToInstant('2026-07-15')).toBe('2026-07-14T22:00:00.000Z');
    expect(belgradeToInstant('2026-07-15', 23, 59, 59, 999)).toBe('2026-07-15T21:59:59.999Z');
    // The day clocks go forward (29 March 2026): midnight is still UTC+1, the end of day UTC+2.
    expect(belgradeToInstant('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(belgradeToInstant('2026-03-29', 23, 59, 59, 999)).toBe('2026-03-29T21:59:59.999Z');
  });

  it('sends only the filters that are set, the whole of each day, and pages back from an id', () => {
    expect(auditParams(emptyAuditFilters)).toEqual({
      userId: undefined, caseId: undefined, caseCode: undefined, action: undefined, from: undefined, to: undefined, limit: 100, beforeId: undefined,
    });
    const params = auditParams({ ...emptyAuditFilters, userId: 'u1', action: 'task.claim', fromDay: '2026-02-01', toDay: '2026-02-01' }, 42);
    expect(params).toMatchObject({ userId: 'u1', action: 'task.claim', from: '2026-01-31T23:00:00.000Z', to: '2026-02-01T22:59:59.999Z', beforeId: 42 });
  });

  it('names a case by its code or by its ID', () => {
    expect(auditParams({ ...emptyAuditFilters, caseRef: ' as-2026-0014 ' })).toMatchObject({ caseCode: 'AS-2026-0014', caseId: undefined });
    const id = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    expect(auditParams({ ...emptyAuditFilters, caseRef: id })).toMatchObject({ caseId: id, caseCode: undefined });
  });

  it('has a label for every action in English and Serbian', () => {
    for (const action of auditActions) {
      const [, group, key] = actionLabelKey(action).split('.');
      expect(group).toBe('actions');
      expect((en.audit.actions as Record<string, string>)[key], action).toBeTruthy();
      expect((srLatn.audit.actions as Record<string, string>)[key], action).toBeTruthy();
    }
    expect(actionLabelKey('task.claim')).toBe('audit.actions.task_claim');
  });

  it('recognises a case ID', () => {
    expect(isGuid('0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b')).toBe(true);
    expect(isGuid('AS-2026-014')).toBe(false);
  });
});
