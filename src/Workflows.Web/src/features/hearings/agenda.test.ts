import { describe, expect, it } from 'vitest';
import type { Deadline, HearingItem } from './api';
import { deadlineMarks, hearingState, mergeAgenda, upcoming } from './agenda';
import { addMonths, belgradeLocalToIso, isoToBelgradeLocal, lastOfMonth } from '../../lib/dates';

function hearing(id: string, startsAt: string, extra: Partial<HearingItem> = {}): HearingItem {
  return { id, proceedingId: 'p', caseId: 'c', caseCode: 'AS-2026-001', court: 'Court', startsAt, kind: 'mainTrial', room: null, status: 'scheduled', revision: 1, ...extra };
}

function deadline(id: string, dueOn: string, extra: Partial<Deadline> = {}): Deadline {
  return { id, kind: 'criminal-appeal', servedOn: '2026-11-01', dueOn, hard: true, status: 'open', proceedingId: 'p', caseCode: 'AS-2026-001', ...extra };
}

describe('agenda', () => {
  it('merges hearings and deadlines in time order by Belgrade day, a day’s deadlines (hard first) before its hearings', () => {
    const items = mergeAgenda(
      [hearing('late', '2026-12-03T14:00:00Z'), hearing('early', '2026-12-03T08:00:00Z'), hearing('midnight', '2026-12-02T23:30:00Z')],
      [deadline('soft', '2026-12-03', { hard: false }), deadline('hard', '2026-12-03'), deadline('before', '2026-12-02')],
    );
    expect(items.map((i) => i.id)).toEqual(['before', 'hard', 'soft', 'midnight', 'early', 'late']);
    expect(items.find((i) => i.id === 'midnight')?.day).toBe('2026-12-03');
  });

  it('keeps upcoming hearings, open deadlines and recent misses; drops past hearings and closed deadlines', () => {
    const items = mergeAgenda(
      [hearing('past', '2026-11-20T09:00:00Z'), hearing('next', '2026-12-10T09:00:00Z'), hearing('cancelled', '2026-12-11T09:00:00Z', { status: 'cancelled' })],
      [
        deadline('overdueOpen', '2026-11-01'),
        deadline('missed', '2026-11-20', { status: 'missed' }),
        deadline('oldMiss', '2026-09-01', { status: 'missed' }),
        deadline('done', '2026-12-20', { status: 'completed' }),
        deadline('dismissed', '2026-12-20', { status: 'dismissed' }),
      ],
    );
    expect(upcoming(items, '2026-12-01', '2026-11-01').map((i) => i.id)).toEqual(['overdueOpen', 'missed', 'next', 'cancelled']);
  });

  it('marks hard, overdue and due-today deadlines', () => {
    expect(deadlineMarks(deadline('a', '2026-12-01'), '2026-12-02')).toMatchObject({ hard: true, overdue: true, dueToday: false });
    expect(deadlineMarks(deadline('b', '2026-12-02', { hard: false }), '2026-12-02')).toMatchObject({ hard: false, overdue: false, dueToday: true });
    expect(deadlineMarks(deadline('c', '2026-12-09', { status: 'missed' }), '2026-12-02').overdue).toBe(true);
    expect(deadlineMarks(deadline('d', '2026-11-01', { status: 'completed' }), '2026-12-02')).toMatchObject({ overdue: false, open: false });
  });

  it('tells scheduled, changed and cancelled hearings apart', () => {
    expect(hearingState({ status: 'scheduled', revision: 1 })).toBe('scheduled');
    expect(hearingState({ status: 'scheduled', revision: 2 })).toBe('changed');
    expect(hearingState({ status: 'cancelled', revision: 2 })).toBe('cancelled');
    expect(hearingState({ status: 'scheduled', revision: 2, history: [{ change: 'scheduled' }, { change: 'rescheduled' }] })).toBe('rescheduled');
    expect(hearingState({ status: 'scheduled', revision: 2, history: [{ change: 'scheduled' }, { change: 'edited' }] })).toBe('changed');
  });
});

describe('Belgrade dates', () => {
  it('adds the right offset to a Belgrade wall-clock time, winter and summer', () => {
    expect(belgradeLocalToIso('2027-01-15T09:30')).toBe('2027-01-15T09:30:00+01:00');
    expect(belgradeLocalToIso('2027-07-15T09:30')).toBe('2027-07-15T09:30:00+02:00');
    expect(belgradeLocalToIso('nonsense')).toBeNull();
    expect(isoToBelgradeLocal('2027-07-15T07:30:00Z')).toBe('2027-07-15T09:30');
    expect(isoToBelgradeLocal('2026-11-30T23:30:00Z')).toBe('2026-12-01T00:30');
  });

  it('steps months across years and knows month ends', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(lastOfMonth('2028-02')).toBe('2028-02-29');
  });
});
