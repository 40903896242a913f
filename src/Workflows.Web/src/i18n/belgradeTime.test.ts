import { describe, expect, it } from 'vitest';
import { belgradeDay, belgradeLocalToIso, belgradeToInstant, isoToBelgradeLocal } from './belgradeTime';

describe('Belgrade time', () => {
  it('gives a wall-clock time its winter or summer offset', () => {
    expect(belgradeLocalToIso('2027-01-15T09:30')).toBe('2027-01-15T09:30:00+01:00');
    expect(belgradeLocalToIso('2027-07-15T09:30')).toBe('2027-07-15T09:30:00+02:00');
    expect(belgradeLocalToIso('2026-03-29T03:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(belgradeLocalToIso('nonsense')).toBeNull();
  });

  it('turns Belgrade days into instants across the spring change', () => {
    expect(belgradeToInstant('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(belgradeToInstant('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(belgradeToInstant('2026-03-29', 23, 59, 59, 999)).toBe('2026-03-29T21:59:59.999Z');
  });

  it('reads instants back as Belgrade days and wall-clock times', () => {
    expect(belgradeDay('2026-01-31T23:30:00Z')).toBe('2026-02-01');
    expect(isoToBelgradeLocal('2026-07-01T06:00:00Z')).toBe('2026-07-01T08:00');
  });
});
