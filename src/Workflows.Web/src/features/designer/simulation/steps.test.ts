import { describe, expect, it } from 'vitest';
import { calendarDaysBetween, clampStep, defaultStartLocal, dueView, formatVirtualTime, stepView } from './steps';

describe('simulation step formatting', () => {
  it('shows a due date on the Friday before a holiday weekend with its weekday, in Belgrade time', () => {
    // Statehood Day 2026: Sunday 15 and Monday 16 February. A task created Thursday is due Friday 16:00 Belgrade (15:00 UTC).
    const step = { at: '2026-02-12T15:00:00Z', kind: 'taskCreated', role: 'CaseManager', dueAt: '2026-02-13T15:00:00Z' };
    expect(dueView(step, 'en')).toEqual({ text: 'Fri, 13 Feb 2026, 16:00', days: 1 });
    expect(formatVirtualTime(step.dueAt, 'sr-Latn')).toMatch(/^pet/);
  });

  it('counts calendar days across the holiday to the Tuesday after it', () => {
    // Due two working days after Friday 13 Feb: Monday 16 is a holiday, so Wednesday 18 (5 days later).
    const step = { at: '2026-02-13T08:00:00Z', kind: 'taskCreated', dueAt: '2026-02-18T08:00:00Z' };
    expect(dueView(step, 'en')?.text).toBe('Wed, 18 Feb 2026, 09:00');
    expect(dueView(step, 'en')?.days).toBe(5);
  });

  it('counts days by Belgrade midnights, not 24-hour spans', () => {
    expect(calendarDaysBetween('2026-03-27T23:30:00Z', '2026-03-28T21:30:00Z')).toBe(0); // Saturday 00:30 and 22:30 in Belgrade
    expect(calendarDaysBetween('2026-03-27T21:30:00Z', '2026-03-27T23:30:00Z')).toBe(1); // Friday 22:30 → Saturday 00:30
  });

  it('explains escalations and waits with the server sentence, and not plain task creation', () => {
    expect(stepView({ at: 'x', kind: 'escalation', message: 'notify Coordinator' })).toMatchObject({ kindKey: 'simulation.kind.escalation', tone: 'warning', message: 'notify Coordinator' });
    expect(stepView({ at: 'x', kind: 'taskCreated', message: 'Title, completed at …' }).message).toBeUndefined();
    expect(stepView({ at: 'x', kind: 'somethingNew' }).kindKey).toBe('simulation.kind.activity');
    expect(dueView({ at: 'x', kind: 'activity' }, 'en')).toBeNull();
  });

  it('starts by default on the next weekday at 08:00', () => {
    expect(defaultStartLocal(new Date('2026-02-13T10:00:00Z'))).toBe('2026-02-16T08:00'); // Friday → Monday
    expect(defaultStartLocal(new Date('2026-02-10T10:00:00Z'))).toBe('2026-02-11T08:00');
  });

  it('keeps the step index within the steps', () => {
    expect(clampStep(-1, 5)).toBe(0);
    expect(clampStep(9, 5)).toBe(4);
    expect(clampStep(3, 0)).toBe(0);
  });
});
