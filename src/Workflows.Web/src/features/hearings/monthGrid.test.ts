import { describe, expect, it } from 'vitest';
import type { Deadline, HearingItem } from './api';
import { mergeAgenda } from './agenda';
import { buildMonthGrid, gridRange } from './monthGrid';

function hearing(id: string, startsAt: string): HearingItem {
  return { id, proceedingId: 'p', caseId: 'c', caseCode: 'AS-2026-001', court: 'Court', startsAt, kind: 'mainTrial', room: null, status: 'scheduled', revision: 1 };
}

function deadline(id: string, dueOn: string): Deadline {
  return { id, kind: 'criminal-appeal', servedOn: '2026-11-01', dueOn, hard: true, status: 'open', proceedingId: 'p', caseCode: 'AS-2026-001' };
}

describe('month grid', () => {
  it('covers the month in whole weeks, Monday first, flagging the neighbouring months’ days', () => {
    // December 2026 starts on a Tuesday and ends on a Thursday.
    const grid = buildMonthGrid('2026-12', '2026-12-15', []);
    expect(grid.weeks).toHaveLength(5);
    expect(grid.weeks.every((w) => w.length === 7)).toBe(true);
    expect(grid.weeks[0][0]).toMatchObject({ day: '2026-11-30', inMonth: false, dayOfMonth: 30 });
    expect(grid.weeks[0][1]).toMatchObject({ day: '2026-12-01', inMonth: true });
    expect(grid.weeks[4][6]).toMatchObject({ day: '2027-01-03', inMonth: false });
    expect(grid.weeks.flat().filter((d) => d.isToday).map((d) => d.day)).toEqual(['2026-12-15']);
  });

  it('needs six weeks for a month that starts on a Sunday and four for a February starting on Monday', () => {
    expect(buildMonthGrid('2026-11', '2026-11-01', []).weeks).toHaveLength(6); // 1 Nov 2026 is a Sunday
    expect(gridRange('2027-02')).toEqual({ first: '2027-02-01', last: '2027-02-28' });
    expect(buildMonthGrid('2027-02', '2027-02-01', []).weeks).toHaveLength(4);
  });

  it('puts an event at 23:30 UTC on a month’s last day on the next day in Belgrade', () => {
    const late = hearing('h1', '2026-11-30T23:30:00Z'); // 00:30 on 1 December in Belgrade (UTC+1)
    const summer = hearing('h2', '2026-06-30T22:30:00Z'); // 00:30 on 1 July (UTC+2)
    const grid = buildMonthGrid('2026-12', '2026-12-15', mergeAgenda([late], []));
    const days = grid.weeks.flat();
    expect(days.find((d) => d.day === '2026-12-01')?.items.map((i) => i.id)).toEqual(['h1']);
    expect(days.find((d) => d.day === '2026-11-30')?.items).toEqual([]);
    const july = buildMonthGrid('2026-07', '2026-07-01', mergeAgenda([summer], [])).weeks.flat();
    expect(july.find((d) => d.day === '2026-07-01')?.items.map((i) => i.id)).toEqual(['h2']);
  });

  it('lists a day’s deadlines and hearings in agenda order, and shows the neighbouring months’ items on their days', () => {
    const items = mergeAgenda([hearing('h1', '2026-12-01T09:00:00Z'), hearing('h0', '2026-11-30T08:00:00Z')], [deadline('d1', '2026-12-01')]);
    const days = buildMonthGrid('2026-12', '2026-12-01', items).weeks.flat();
    expect(days.find((d) => d.day === '2026-12-01')?.items.map((i) => i.id)).toEqual(['d1', 'h1']);
    expect(days.find((d) => d.day === '2026-11-30')?.items.map((i) => i.id)).toEqual(['h0']);
  });
});
