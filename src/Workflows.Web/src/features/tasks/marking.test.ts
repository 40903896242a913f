import { describe, expect, it } from 'vitest';
import { assigneeKind, isEscalated, isOverdue, mayClaim, mayComplete, mayRelease, rowClass } from './marking';

const now = new Date('2026-03-10T12:00:00Z');
const task = { status: 'open', dueAt: '2026-03-10T11:59:00Z', escalationLevel: 0 };

describe('overdue and escalated marking', () => {
  it('marks an open task past its due time as overdue', () => {
    expect(isOverdue(task, now)).toBe(true);
    expect(rowClass(task, now)).toBe('overdue');
  });

  it('does not mark a task due later, one without a due time, or a closed one', () => {
    expect(isOverdue({ ...task, dueAt: '2026-03-10T12:01:00Z' }, now)).toBe(false);
    expect(isOverdue({ ...task, dueAt: null }, now)).toBe(false);
    expect(isOverdue({ ...task, status: 'completed' }, now)).toBe(false);
    expect(rowClass({ ...task, dueAt: null }, now)).toBe('');
  });

  it('marks escalated tasks, together with overdue when both hold', () => {
    expect(isEscalated({ ...task, escalationLevel: 1 })).toBe(true);
    expect(isEscalated(task)).toBe(false);
    expect(rowClass({ ...task, escalationLevel: 2 }, now)).toBe('overdue escalated');
    expect(rowClass({ ...task, dueAt: null, escalationLevel: 1 }, now)).toBe('escalated');
  });
});

describe('who holds a task and what may be done with it', () => {
  const me = '0190aaaa-0000-7000-8000-000000000001';
  const other = '0190aaaa-0000-7000-8000-000000000002';

  it('tells me, someone else and nobody apart', () => {
    expect(assigneeKind({ assigneeId: me.toUpperCase() }, me)).toBe('you');
    expect(assigneeKind({ assigneeId: other }, me)).toBe('someone');
    expect(assigneeKind({ assigneeId: null }, me)).toBe('unassigned');
  });

  it('offers claim for unassigned open tasks of my role, release for mine, completion for both', () => {
    const open = { status: 'open', assigneeId: null, role: 'CaseManager' };
    expect(mayClaim(open, ['CaseManager'])).toBe(true);
    expect(mayClaim(open, ['Lawyer'])).toBe(false);
    expect(mayClaim({ ...open, assigneeId: other }, ['CaseManager'])).toBe(false);
    expect(mayRelease({ ...open, assigneeId: me }, me)).toBe(true);
    expect(mayRelease({ ...open, assigneeId: me, role: null }, me)).toBe(false);
    expect(mayComplete(open, me, ['CaseManager'])).toBe(true);
    expect(mayComplete({ ...open, assigneeId: other }, me, ['CaseManager'])).toBe(false);
    expect(mayComplete({ ...open, status: 'completed', assigneeId: me }, me, ['CaseManager'])).toBe(false);
  });
});
