import { api, query } from '../../api/client';
import type { Schemas } from '../../api/types';
import type { OutboxFilter } from './outboxStatus';
import { statusParam } from './outboxStatus';
import { auditParams, type AuditFilters } from './auditQuery';

export type UserView = Schemas['UserView'];
export type CreateUserRequest = Schemas['CreateUserRequest'];
export type HolidaysResponse = Schemas['HolidaysResponse'];
export type ClosureDto = Schemas['ClosureDto'];
export type DeadlineKind = Schemas['DeadlineKindResponse'];
export type UpdateDeadlineKindRequest = Schemas['UpdateDeadlineKindRequest'];
export type OutboxEntry = Schemas['OutboxEntryResponse'];
export type AuditEntry = Schemas['AuditEntryResponse'];
export type AuditVerification = Schemas['AuditVerificationResponse'];
export type AuditAnchor = Schemas['AuditAnchorResponse'];

export const adminKeys = {
  all: ['admin'] as const,
  users: () => [...adminKeys.all, 'users'] as const,
  closures: (year: number) => [...adminKeys.all, 'closures', year] as const,
  holidays: (year: number) => [...adminKeys.all, 'holidays', year] as const,
  deadlineKinds: () => ['legal-deadline-kinds'] as const,
  outbox: (filter: OutboxFilter) => [...adminKeys.all, 'outbox', filter] as const,
  audit: (filters: AuditFilters, beforeId: number | undefined) => [...adminKeys.all, 'audit', filters, beforeId ?? 0] as const,
};

// Users
export const listUsers = () => api.get<UserView[]>('/api/admin/users');
export const createUser = (body: CreateUserRequest) => api.post<UserView>('/api/admin/users', body);
export const setUserRoles = (id: string, roles: string[]) => api.put<UserView>(`/api/admin/users/${id}/roles`, { roles });
export const setUserDisabled = (id: string, disabled: boolean) =>
  api.post<UserView>(`/api/admin/users/${id}/${disabled ? 'disable' : 'enable'}`);

// Calendar
export const listClosures = (year: number) => api.get<ClosureDto[]>(`/api/calendar/closures${query({ year })}`);
export const getHolidays = (year: number) => api.get<HolidaysResponse>(`/api/calendar/holidays${query({ year })}`);
export const addClosure = (date: string, reason: string) => api.post<ClosureDto>('/api/calendar/closures', { date, reason });
export const deleteClosure = (date: string) => api.delete<void>(`/api/calendar/closures/${encodeURIComponent(date)}`);

// Legal deadline kinds
export const listDeadlineKinds = () => api.get<DeadlineKind[]>('/api/legal-deadline-kinds');
export const updateDeadlineKind = (key: string, body: UpdateDeadlineKindRequest) =>
  api.put<DeadlineKind>(`/api/legal-deadline-kinds/${encodeURIComponent(key)}`, body);

// Outbox
export const listOutbox = (filter: OutboxFilter) => api.get<OutboxEntry[]>(`/api/admin/outbox${query({ status: statusParam(filter) })}`);
// Resend answers 409 when the message was already sent or is already waiting, 404 when unknown
// (or on a host without the endpoint).
export const resendOutbox = (id: string) => api.post<OutboxEntry>(`/api/admin/outbox/${id}/resend`);

// Audit
export const listAudit = (filters: AuditFilters, beforeId?: number) => api.get<AuditEntry[]>(`/api/admin/audit${query(auditParams(filters, beforeId))}`);
export const verifyAudit = () => api.post<AuditVerification>('/api/admin/audit/verify');
export const anchorAudit = () => api.post<AuditAnchor>('/api/admin/audit/anchor');
