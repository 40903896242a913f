import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { actionLabelKey, auditActions, auditParams, belgradeToInstant, emptyAuditFilters, isGuid, outcomeLabelKey } from './auditQuery';
import { classBody, moduleFiles, stringConstants } from '../../test/csharp';
import { languages } from '../../i18n/index';
import { loadResources } from '../../i18n/resources';
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

  it('offers every action the host records, read from the C# audit classes', () => {
    const recorded = new Set<string>();
    for (const file of moduleFiles()) {
      const source = readFileSync(file, 'utf8');
      for (const [, name] of source.matchAll(/\bclass\s+(\w*Audit\w*)\b/g)) {
        // Action names are dotted lower-case words ("client.reveal", "auth.sign-in"); outcomes, entity and table
        // names in the same classes are not.
        for (const value of stringConstants(classBody(source, name)).values()) if (/^[a-z-]+(\.[a-z-]+)+$/.test(value)) recorded.add(value);
      }
    }
    expect(recorded).toContain('client.reveal');
    expect(recorded).toContain('note.list');
    expect(recorded).toContain('referral.link-denied');
    expect([...auditActions].sort()).toEqual([...recorded].sort());
  });

  it('shows an action and an outcome in every language, and an unknown one as its key', () => {
    const resources = loadResources();
    const lookup = (language: (typeof languages)[number], key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resources[language].admin);
    for (const language of languages) {
      for (const action of auditActions) expect(lookup(language, actionLabelKey(action)), `${language} ${action}`).toEqual(expect.any(String));
      for (const outcome of ['ok', 'failed', 'allowed', 'denied', 'override', 'forbidden', 'found', 'none'])
        expect(lookup(language, outcomeLabelKey(outcome)), `${language} ${outcome}`).toEqual(expect.any(String));
    }
    expect(lookup('sr-Cyrl', actionLabelKey('document.download'))).toBe('Преузет документ');
    expect(lookup('sr-Cyrl', actionLabelKey('contact.create'))).toBe('Уписан позив на СОС телефон');
    expect(lookup('en', actionLabelKey('some.future-action'))).toBeUndefined();
  });

  it('recognises a case ID', () => {
    expect(isGuid('0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b')).toBe(true);
    expect(isGuid('AS-2026-014')).toBe(false);
  });
});
