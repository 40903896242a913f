import { http, unwrap } from '../../api/http';
import type { Schemas } from '../../api/types';

export type CaseListItem = Schemas['CaseListItem'];
export type CasePage = Schemas['CasePageResponse'];
export type CasePhases = Schemas['CasePhasesResponse'];
export type CaseInstance = Schemas['CaseInstanceSummary'];
export type CaseTeamMember = Schemas['CaseTeamMember'];
export type CaseOpenTask = Schemas['CaseOpenTask'];
/** Active users only (the API leaves disabled accounts out): names and roles, never e-mail. */
export type StaffMember = Schemas['StaffMemberResponse'];
export type CaseHearing = Schemas['CaseHearing'];
/** `dueOn` is a calendar day (yyyy-mm-dd), not an instant. */
export type CaseDeadline = Schemas['CaseDeadline'];
export type CaseProceeding = Schemas['CaseProceeding'];
export type CaseTimelineEntry = Schemas['CaseTimelineEntry'];
export type CaseStoryItem = Schemas['CaseStoryItem'];
export type CaseDetail = Schemas['CaseDetailResponse'];

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

export interface CaseFilters {
  phase?: string;
  code?: string;
  /** Cases whose team holds this user. */
  member?: string;
  /** Only cases with an open task past its due time. */
  overdue?: boolean;
}

export const casesKeys = {
  all: ['cases'] as const,
  phases: ['cases', 'phases'] as const,
  list: (filters: CaseFilters) => ['cases', 'list', filters] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  clientStatus: (id: string) => ['cases', 'detail', id, 'client-status'] as const,
  staff: ['cases', 'staff'] as const,
};

export const pageSize = 50;

export const casesApi = {
  list: (filters: CaseFilters, cursor: string | null, signal?: AbortSignal): Promise<CasePage> =>
    unwrap(http.GET('/api/cases', {
        params: {
          query: {
            phase: filters.phase,
            code: filters.code,
            member: filters.member,
            overdue: filters.overdue || undefined,
            limit: pageSize,
            cursor: cursor ?? undefined,
          },
        },
        signal,
      })),
  phases: (): Promise<CasePhases> => unwrap(http.GET('/api/cases/phases')),
  detail: (id: string, signal?: AbortSignal): Promise<CaseDetail> => unwrap(http.GET('/api/cases/{id}', { params: { path: { id } }, signal })),
  // The document marks every client field required (nullable); the API takes a left-out field as null, and the form
  // leaves blank ones out.
  create: (request: CreateCaseRequest): Promise<CaseCreated> => unwrap(http.POST('/api/cases', { body: request as Schemas['CreateCaseRequest'] })),
  /** Audited server-side: call only after the user has confirmed. */
  revealClient: (id: string, reason: string): Promise<ClientResponse> =>
    unwrap(http.POST('/api/cases/{id}/client/reveal', { params: { path: { id } }, body: { reason } })),
  /** Records or corrects the identity; the answer says which, never echoing the identity. */
  recordClient: (id: string, identity: ClientIdentity): Promise<Schemas['RecordClientResponse']> =>
    unwrap(http.PUT('/api/cases/{id}/client', { params: { path: { id } }, body: identity as Schemas['ClientIdentity'] })),
  clientStatus: (id: string, signal?: AbortSignal): Promise<Schemas['ClientStatusResponse']> =>
    unwrap(http.GET('/api/cases/{id}/client/status', { params: { path: { id } }, signal })),
  putTeam: (id: string, userIds: string[]): Promise<TeamResponse> =>
    unwrap(http.PUT('/api/cases/{id}/team', { params: { path: { id } }, body: { members: userIds.map((userId) => ({ userId })) } })),
  staff: (signal?: AbortSignal): Promise<StaffMember[]> => unwrap(http.GET('/api/staff', { signal })),
};
