import { http, unwrap } from '../../api/http';
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
export const listUsers = () => unwrap(http.GET('/api/admin/users'));
export const createUser = (body: CreateUserRequest) => unwrap(http.POST('/api/admin/users', { body }));
export const setUserRoles = (id: string, roles: string[]) => unwrap(http.PUT('/api/admin/users/{id}/roles', { params: { path: { id } }, body: { roles } }));
export const setUserDisabled = (id: string, disabled: boolean) =>
  unwrap(disabled ? http.POST('/api/admin/users/{id}/disable', { params: { path: { id } } }) : http.POST('/api/admin/users/{id}/enable', { params: { path: { id } } }));

// Calendar
export const listClosures = (year: number) => unwrap(http.GET('/api/calendar/closures', { params: { query: { year } } }));
export const getHolidays = (year: number) => unwrap(http.GET('/api/calendar/holidays', { params: { query: { year } } }));
export const addClosure = (date: string, reason: string) => unwrap(http.POST('/api/calendar/closures', { body: { date, reason } }));
export const deleteClosure = (date: string) => unwrap(http.DELETE('/api/calendar/closures/{date}', { params: { path: { date } } }));

// Legal deadline kinds
export const listDeadlineKinds = () => unwrap(http.GET('/api/legal-deadline-kinds'));
export const updateDeadlineKind = (key: string, body: UpdateDeadlineKindRequest) =>
  unwrap(http.PUT('/api/legal-deadline-kinds/{key}', { params: { path: { key } }, body }));

// Outbox
export const listOutbox = (filter: OutboxFilter) => unwrap(http.GET('/api/admin/outbox', { params: { query: { status: statusParam(filter) } } }));
// Resend answers 409 when the message was already sent or is already waiting, 404 when unknown
// (or on a host without the endpoint).
export const resendOutbox = (id: string) => unwrap(http.POST('/api/admin/outbox/{id}/resend', { params: { path: { id } } }));

// Audit
export const listAudit = (filters: AuditFilters, beforeId?: number) => unwrap(http.GET('/api/admin/audit', { params: { query: auditParams(filters, beforeId) } }));
export const verifyAudit = () => unwrap(http.POST('/api/admin/audit/verify'));
export const anchorAudit = () => unwrap(http.POST('/api/admin/audit/anchor'));
