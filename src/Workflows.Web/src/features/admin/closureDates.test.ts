import { afterEach, describe, expect, it } from 'vitest';
import { formatCalendarDate, isIsoDate, isPast, todayInBelgrade, yearOf } from './closureDates';

describe('closure dates', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('accepts only real calendar dates written yyyy-mm-dd', () => {
    expect(isIsoDate('2026-12-31')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('31.12.2026')).toBe(false);
    expect(isIsoDate('2026-12-31T00:00:00Z')).toBe(false);
  });

  it('shows the same day it was given, whatever the zone (no shift to the day before)', () => {
    // New Year's Day at the edge: a Date parsed in a zone west of UTC would read 31 December.
    expect(formatCalendarDate('2027-01-01', 'en')).toBe('1 Jan 2027');
    expect(formatCalendarDate('2026-03-29', 'en', true)).toMatch(/^Sunday,? 29 March 2026$/);
    expect(formatCalendarDate('2026-10-25', 'sr-Latn')).toContain('25');
  });

  it('keeps the day in a browser far west of Belgrade', () => {
    process.env.TZ = 'America/Los_Angeles';
    // What the naive way would show: the evening before.
    expect(new Date('2027-01-01').getDate()).toBe(31);
    expect(formatCalendarDate('2027-01-01', 'en')).toBe('1 Jan 2027');
    expect(todayInBelgrade(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it("takes today's date in Belgrade, not the browser's", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Belgrade.
    expect(todayInBelgrade(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22:30 UTC in summer (UTC+2) is 00:30 the next day.
    expect(todayInBelgrade(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
    expect(todayInBelgrade(new Date('2026-07-14T21:30:00Z'))).toBe('2026-07-14');
  });

  it('compares and splits dates as text, which is their calendar order', () => {
    expect(yearOf('2027-01-01')).toBe(2027);
    expect(isPast('2026-05-01', '2026-05-02')).toBe(true);
    expect(isPast('2026-05-02', '2026-05-02')).toBe(false);
  });
});
