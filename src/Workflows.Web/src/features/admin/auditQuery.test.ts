import { describe, expect, it } from 'vitest';
import { auditParams, belgradeToInstant, emptyAuditFilters, isGuid, matchesAction } from './auditQuery';

describe('audit search', () => {
  it('turns Belgrade days into instants across daylight saving', () => {
    expect(belgradeToInstant('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(belgradeToInstant('2026-07-15')).toBe('2026-07-14T22:00:00.000Z');
    expect(belgradeToInstant('2026-07-15', 23, 59, 59, 999)).toBe('2026-07-15T21:59:59.999Z');
    // The day clocks go forward (29 March 2026): midnight is still UTC+1, the end of day UTC+2.
    expect(belgradeToInstant('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(belgradeToInstant('2026-03-29', 23, 59, 59, 999)).toBe('2026-03-29T21:59:59.999Z');
  });

  it('sends only the filters that are set, the whole of each day', () => {
    expect(auditParams(emptyAuditFilters)).toEqual({ userId: undefined, caseId: undefined, from: undefined, to: undefined, limit: 100, afterId: undefined });
    const params = auditParams({ ...emptyAuditFilters, userId: 'u1', fromDay: '2026-02-01', toDay: '2026-02-01' }, 42);
    expect(params).toMatchObject({ userId: 'u1', from: '2026-01-31T23:00:00.000Z', to: '2026-02-01T22:59:59.999Z', afterId: 42 });
  });

  it('matches actions by prefix, any case', () => {
    expect(matchesAction('client.reveal', 'client')).toBe(true);
    expect(matchesAction('client.reveal', 'CLIENT.REVEAL')).toBe(true);
    expect(matchesAction('audit.read', 'client')).toBe(false);
    expect(matchesAction('audit.read', '')).toBe(true);
  });

  it('recognises a case ID', () => {
    expect(isGuid('0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b')).toBe(true);
    expect(isGuid('AS-2026-014')).toBe(false);
  });
});
