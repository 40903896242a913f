import { http, unwrap } from '../../api/http';
import type { Schemas } from '../../api/types';
import type { Queue } from './api';

export type StaffMember = Schemas['StaffMemberResponse'];
export type QueueView = Schemas['QueueViewResponse'];
export type QueueViewRequest = Schemas['QueueViewRequest'];
export type BulkResult = Schemas['BulkTaskResult'];
export type BulkAction = 'claim' | 'release' | 'assign';
/** A task type with its name in the reader's language from the workflow (null: the web app's own list names it). */
export type TaskTypeOption = Schemas['TaskTypeOption'];

export const queueKeys = {
  staff: ['task-staff'] as const,
  types: (queue: Queue) => ['tasks', 'types', queue] as const,
  views: ['task-views'] as const,
};

/** Names and roles of active staff (coordinators, directors, admins may read it). */
export function listStaff(signal?: AbortSignal): Promise<StaffMember[]> {
  return unwrap(http.GET('/api/staff', { signal }));
}

export function listTaskTypes(queue: Queue, signal?: AbortSignal): Promise<TaskTypeOption[]> {
  return unwrap(http.GET('/api/tasks/types', { params: { query: { queue } }, signal }));
}

export async function bulkTasks(action: BulkAction, taskIds: string[], userId?: string): Promise<BulkResult[]> {
  return (await unwrap(http.POST('/api/tasks/bulk', { body: { action, taskIds, userId: userId ?? null } }))).results;
}

export function listViews(signal?: AbortSignal): Promise<QueueView[]> {
  return unwrap(http.GET('/api/task-views', { signal }));
}

export function createView(body: QueueViewRequest): Promise<QueueView> {
  return unwrap(http.POST('/api/task-views', { body }));
}

export async function deleteView(id: string): Promise<void> {
  await unwrap(http.DELETE('/api/task-views/{id}', { params: { path: { id } } }));
}

/** A task type key as people read it when no translation names it: "needs-assessment" → "Needs assessment". */
export function typeLabel(key: string): string {
  const words = key.replace(/[-_.]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : key;
}
