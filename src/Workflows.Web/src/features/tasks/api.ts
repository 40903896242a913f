import { problemOf, send } from '../../api/client';
import { http, unwrap } from '../../api/http';
import type { Schemas } from '../../api/types';

export type Task = Schemas['TaskResponse'];
export type TaskPage = Schemas['TaskPageResponse'];
export type TaskFormFieldDefinition = Schemas['TaskFormField'];

export const queues = ['mine', 'available', 'overdue', 'dueSoon', 'all'] as const;
export type Queue = (typeof queues)[number];

export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof priorities)[number];

export function isQueue(value: unknown): value is Queue {
  return typeof value === 'string' && (queues as readonly string[]).includes(value);
}

/** `all` is null for those who may not read the all queue. */
export type TaskCounts = Schemas['TaskCountsResponse'];

/** What the list can be narrowed by; the API sorts by due date (earliest first), then priority. */
export interface TaskFilters {
  type?: string;
  caseId?: string;
  priority?: Priority | '';
  /** Whose tasks (supervisors, within the queue). */
  assigneeId?: string;
}

export const taskKeys = {
  all: ['tasks'] as const,
  counts: () => ['tasks', 'counts'] as const,
  list: (queue: Queue, filters: TaskFilters) => ['tasks', 'list', queue, filters] as const,
  detail: (id: string) => ['tasks', 'detail', id] as const,
  // Outside ['tasks'] on purpose: refreshing every task after an action need not re-read (and re-audit) the case.
  caseTeam: (caseId: string) => ['task-case-team', caseId] as const,
  caseDocuments: (caseId: string) => ['task-case-documents', caseId] as const,
};

export function listTasks(queue: Queue, filters: TaskFilters, after?: string | null, signal?: AbortSignal): Promise<TaskPage> {
  const query = {
    queue,
    type: filters.type,
    caseId: filters.caseId,
    priority: filters.priority || undefined,
    assigneeId: filters.assigneeId,
    after: after ?? undefined,
  };
  return unwrap(http.GET('/api/tasks', { params: { query }, signal }));
}

export function getTask(id: string, signal?: AbortSignal): Promise<Task> {
  return unwrap(http.GET('/api/tasks/{id}', { params: { path: { id } }, signal }));
}

export function claimTask(task: Pick<Task, 'id' | 'revision'>): Promise<Task> {
  return unwrap(http.POST('/api/tasks/{id}/claim', { params: { path: { id: task.id } }, body: { revision: task.revision } }));
}

export function releaseTask(task: Pick<Task, 'id' | 'revision'>): Promise<Task> {
  return unwrap(http.POST('/api/tasks/{id}/release', { params: { path: { id: task.id } }, body: { revision: task.revision } }));
}

export interface CompleteRequest {
  outcome: string;
  data: Record<string, unknown>;
  revision: number;
  idempotencyKey: string;
}

export function completeTask(id: string, body: CompleteRequest): Promise<Task> {
  return unwrap(http.POST('/api/tasks/{id}/complete', { params: { path: { id } }, body }));
}

/** Each queue's size; `all` only for those who oversee every case (null otherwise). */
export function getCounts(signal?: AbortSignal): Promise<TaskCounts> {
  return unwrap(http.GET('/api/tasks/counts', { signal }));
}

/** Finds the case with exactly this code among those the user may see; null when there is none. */
export async function findCaseByCode(code: string, signal?: AbortSignal): Promise<string | null> {
  const wanted = code.trim().toUpperCase();
  const page = await unwrap(http.GET('/api/cases', { params: { query: { code: wanted, limit: 20 } }, signal }));
  return page.items.find((c) => c.code.toUpperCase() === wanted)?.id ?? null;
}

/**
 * Assigns an open task to one user (coordinators and admins). The API refuses a null userId, so unassigning goes
 * through `releaseTask`, which supervisors may call on any task that has a role to return to.
 */
export function assignTask(task: Pick<Task, 'id' | 'revision'>, userId: string): Promise<Task> {
  return unwrap(http.POST('/api/tasks/{id}/assign', { params: { path: { id: task.id } }, body: { userId, revision: task.revision } }));
}

/** The case's team, read from the case detail (there is no team-only GET; each read is audited as a case read). */
export async function getCaseTeam(caseId: string, signal?: AbortSignal): Promise<Schemas['CaseTeamMember'][]> {
  const detail = await unwrap(http.GET('/api/cases/{id}', { params: { path: { id: caseId } }, signal }));
  return detail.team;
}

/**
 * The case's documents (deleted ones included), to name a completed task's file answers: the answer holds only the
 * document's id. Each list is audited by the server as a document-list read.
 */
export function listCaseDocuments(caseId: string, signal?: AbortSignal): Promise<Schemas['CaseDocumentResponse'][]> {
  return unwrap(http.GET('/api/cases/{id}/documents', { params: { path: { id: caseId } }, signal }));
}

/** Where the browser downloads a document (with the session cookie; the server audits the download). */
export const documentContentUrl = (id: string) => `/api/documents/${encodeURIComponent(id)}/content`;

/** A document on the case, as the upload answers it; a file field's answer is its id. */
export type UploadedDocument = Pick<Schemas['CaseDocumentResponse'], 'id' | 'fileName' | 'kind'>;

/** The largest file the API takes (DocumentRules.MaxBytes). */
export const maxDocumentBytes = 20 * 1024 * 1024;

/**
 * Uploads a file for a task's file field to the task's case, tied to the task. Multipart, so through the transport
 * directly (the typed client sends JSON only); same cookies, antiforgery header and ProblemDetails handling.
 */
export async function uploadTaskDocument(caseId: string, taskId: string, file: File, kind: string): Promise<UploadedDocument> {
  const form = new FormData();
  form.append('file', file, file.name);
  form.append('kind', kind);
  form.append('taskId', taskId);
  const response = await send('POST', `/api/cases/${encodeURIComponent(caseId)}/documents`, form);
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw problemOf(response, body);
  return body as UploadedDocument;
}
