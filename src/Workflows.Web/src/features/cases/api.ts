import { api, query } from '../../api/client';

// not yet in openapi.json — hand-written from src/Workflows.Host/Features/Cases/CaseDtos.cs (branch api-ui).
export interface CaseListItem {
  id: string;
  code: string;
  phase: string;
  openedAt: string;
  openTasks: number;
  overdueTasks: number;
  nextDueAt: string | null;
}

// not yet in openapi.json
export interface CasePage {
  items: CaseListItem[];
  next: string | null;
}

// not yet in openapi.json
export interface CasePhases {
  phases: string[];
}

export interface CaseInstance {
  id: string;
  definitionId: string;
  version: number;
  status: string;
  createdAt: string;
}

// not yet in openapi.json
export interface CaseTeamMember {
  userId: string;
  displayName: string;
  roles: string[];
}

// not yet in openapi.json
export interface CaseOpenTask {
  id: string;
  title: string;
  taskType: string;
  role: string | null;
  assigneeId: string | null;
  status: string;
  dueAt: string | null;
  escalationLevel: number;
}

// not yet in openapi.json
export interface CaseHearing {
  id: string;
  startsAt: string;
  kind: string;
  room: string | null;
  status: string;
}

// not yet in openapi.json
export interface CaseDeadline {
  id: string;
  kind: string;
  /** A calendar day (yyyy-mm-dd), not an instant. */
  dueOn: string;
  hard: boolean;
  status: string;
}

// not yet in openapi.json
export interface CaseProceeding {
  id: string;
  court: string;
  kind: string;
  courtCaseNumber: string | null;
  status: string;
  hearings: CaseHearing[];
  deadlines: CaseDeadline[];
}

// not yet in openapi.json
export interface CaseTimelineEntry {
  at: string;
  instanceId: string;
  definitionId: string;
  kind: string;
  activityId: string | null;
  activityType: string | null;
  actor: string;
  outcome: string | null;
}

// not yet in openapi.json (the detail fields beyond id/code/phase/openedAt/instances)
export interface CaseDetail {
  id: string;
  code: string;
  phase: string;
  openedAt: string;
  instances: CaseInstance[];
  team: CaseTeamMember[];
  openTasks: CaseOpenTask[];
  proceedings: CaseProceeding[];
  timeline: CaseTimelineEntry[];
}

export interface IdentityDocument {
  type: string;
  number: string;
}

export interface ClientContact {
  type: string;
  value: string;
}

export interface ClientAddress {
  street?: string | null;
  city?: string | null;
  postalCode?: string | null;
  country?: string | null;
}

export interface ClientIdentity {
  fullName: string;
  dateOfBirth?: string | null;
  nationality?: string | null;
  documents?: IdentityDocument[] | null;
  contacts?: ClientContact[] | null;
  address?: ClientAddress | null;
}

export interface CreateCaseRequest {
  phase?: string | null;
  client?: ClientIdentity | null;
}

export interface CaseCreated {
  id: string;
  code: string;
  phase: string;
  openedAt: string;
}

export interface ClientResponse {
  caseId: string;
  caseCode: string;
  client: ClientIdentity;
}

export interface TeamResponse {
  caseId: string;
  members: { userId: string; displayName: string; addedAt: string }[];
}

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  disabled: boolean;
}

export interface CaseFilters {
  phase?: string;
  code?: string;
}

export const casesKeys = {
  all: ['cases'] as const,
  phases: ['cases', 'phases'] as const,
  list: (filters: CaseFilters) => ['cases', 'list', filters] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  users: ['cases', 'users'] as const,
};

export const pageSize = 50;

export const casesApi = {
  list: (filters: CaseFilters, cursor: string | null, signal?: AbortSignal) =>
    api.get<CasePage>(`/api/cases${query({ phase: filters.phase, code: filters.code, limit: pageSize, cursor })}`, { signal }),
  phases: () => api.get<CasePhases>('/api/cases/phases'),
  detail: (id: string, signal?: AbortSignal) => api.get<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`, { signal }),
  create: (request: CreateCaseRequest) => api.post<CaseCreated>('/api/cases', request),
  /** Audited server-side: call only after the user has confirmed. */
  revealClient: (id: string) => api.get<ClientResponse>(`/api/cases/${encodeURIComponent(id)}/client`),
  putTeam: (id: string, userIds: string[]) =>
    api.put<TeamResponse>(`/api/cases/${encodeURIComponent(id)}/team`, { members: userIds.map((userId) => ({ userId })) }),
  users: () => api.get<UserView[]>('/api/admin/users'),
};
