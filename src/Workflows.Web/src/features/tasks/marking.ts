import type { Task } from './api';

type Marked = Pick<Task, 'status' | 'dueAt' | 'escalationLevel'>;

/** Open and past its due time: closed tasks are never overdue, whatever their due date was. */
export function isOverdue(task: Marked, now: Date = new Date()): boolean {
  return task.status === 'open' && !!task.dueAt && new Date(task.dueAt).getTime() < now.getTime();
}

export function isEscalated(task: Marked): boolean {
  return task.escalationLevel > 0;
}

/** The row classes theme.css colours; the same facts are also written out as badges, colour is never alone. */
export function rowClass(task: Marked, now: Date = new Date()): string {
  return [isOverdue(task, now) && 'overdue', isEscalated(task) && 'escalated'].filter(Boolean).join(' ');
}

export type AssigneeKind = 'you' | 'someone' | 'unassigned';

export function assigneeKind(task: Pick<Task, 'assigneeId'>, myId: string): AssigneeKind {
  if (!task.assigneeId) return 'unassigned';
  return task.assigneeId.toLowerCase() === myId.toLowerCase() ? 'you' : 'someone';
}

/** The holder's name when the staff list names them and it is not the user; null to fall back to the kind. */
export function assigneeName(task: Pick<Task, 'assigneeId'>, myId: string, names: ReadonlyMap<string, string> | undefined): string | null {
  if (!task.assigneeId || !names || assigneeKind(task, myId) !== 'someone') return null;
  return names.get(task.assigneeId.toLowerCase()) ?? null;
}

/** What the user may do with an open task, mirroring the API's rules (it decides; this only avoids offering refusals). */
export function mayClaim(task: Pick<Task, 'status' | 'assigneeId' | 'role'>, roles: string[]): boolean {
  return task.status === 'open' && !task.assigneeId && !!task.role && roles.includes(task.role);
}

export function mayRelease(task: Pick<Task, 'status' | 'assigneeId' | 'role'>, myId: string): boolean {
  return task.status === 'open' && !!task.role && assigneeKind(task, myId) === 'you';
}

/** Completing claims an unassigned task on the way, so both holders and would-be takers may complete. */
export function mayComplete(task: Pick<Task, 'status' | 'assigneeId' | 'role'>, myId: string, roles: string[]): boolean {
  return task.status === 'open' && (assigneeKind(task, myId) === 'you' || mayClaim(task, roles));
}
