import { describe, expect, it } from 'vitest';
import { anchorDateFrom, anchorDateText, formatAnchor, parseAnchor, parseDuration } from './duration';

describe('working days before or after a date', () => {
  it('reads both directions and leaves other shapes alone', () => {
    expect(parseAnchor({ workingDaysBefore: 2, of: { js: 'vars.hearing.date' } })).toEqual({ days: 2, before: true, of: { js: 'vars.hearing.date' } });
    expect(parseAnchor({ workingDaysAfter: 0, of: '2027-05-04' })).toEqual({ days: 0, before: false, of: '2027-05-04' });
    expect(parseAnchor({ workingDays: 2 })).toBeNull();
    expect(parseAnchor({ workingDaysBefore: 2 })).toBeNull();
    expect(parseAnchor({ workingDaysBefore: 2, workingDaysAfter: 1, of: '2027-05-04' })).toBeNull();
    expect(parseDuration({ workingDaysBefore: 2, of: '2027-05-04' })).toBeNull();
  });

  it('writes what the engine reads, with whole non-negative days', () => {
    expect(formatAnchor({ days: 2.7, before: true, of: { js: 'vars.deadline' } })).toEqual({ workingDaysBefore: 2, of: { js: 'vars.deadline' } });
    expect(formatAnchor({ days: -3, before: false, of: '2027-05-04' })).toEqual({ workingDaysAfter: 0, of: '2027-05-04' });
  });

  it('keeps a typed date a date and anything else a script', () => {
    expect(anchorDateFrom('2027-05-04')).toBe('2027-05-04');
    expect(anchorDateFrom(' vars.hearing.date ')).toEqual({ js: 'vars.hearing.date' });
    expect(anchorDateText({ js: 'vars.hearing.date' })).toBe('vars.hearing.date');
    expect(anchorDateText('2027-05-04')).toBe('2027-05-04');
  });
});
