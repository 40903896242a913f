import { http, unwrap } from '../../api/http';
import type { Schemas } from '../../api/types';
import type { Me } from '../../auth/types';
import { belgradeLocalToIso } from '../../lib/dates';
import type { CaseTeamMember } from './api';

export type CreateProceedingRequest = Schemas['CreateProceedingRequest'];
export type Proceeding = Schemas['ProceedingResponse'];
export type HearingRequest = Schemas['HearingRequest'];
export type Hearing = Schemas['HearingResponse'];
export type CreateDeadlineRequest = Schemas['CreateDeadlineRequest'];
export type Deadline = Schemas['DeadlineResponse'];

// The API's vocabulary (ProceedingVocabulary.cs): values are stored as written, so they are sent as they are here.
export const proceedingKinds = ['criminal', 'civil', 'misdemeanour', 'administrative'] as const;
export const clientRoles = ['injuredParty', 'subsidiaryProsecutor', 'plaintiff', 'witness'] as const;
export const hearingKinds = ['preliminary', 'mainTrial', 'closing', 'pronouncement', 'other'] as const;

export interface LawyerOption {
  id: string;
  name: string;
}

/** The case team's lawyers: only they may lead or join a proceeding (the API refuses anyone else). */
export function lawyerOptions(team: CaseTeamMember[]): LawyerOption[] {
  return team
    .filter((m) => m.roles.includes('Lawyer'))
    .map((m) => ({ id: m.userId, name: m.displayName }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The signed-in user leads by default when they are a lawyer on the team; otherwise someone must be chosen. */
export function defaultLead(options: LawyerOption[], me: Pick<Me, 'id'> | null | undefined): string {
  return me && options.some((o) => o.id === me.id) ? me.id : '';
}

export interface ProceedingForm {
  kind: string;
  court: string;
  courtCaseNumber: string;
  clientRole: string;
  leadLawyerId: string;
  lawyerIds: string[];
}

/** Blank fields go as null so the API's own messages name what is missing; the lead is not repeated among the others. */
export function proceedingRequest(form: ProceedingForm): CreateProceedingRequest {
  const blank = (v: string) => (v.trim() === '' ? null : v.trim());
  return {
    kind: blank(form.kind),
    court: blank(form.court),
    courtCaseNumber: blank(form.courtCaseNumber),
    clientRole: blank(form.clientRole),
    leadLawyerId: blank(form.leadLawyerId),
    lawyerIds: form.lawyerIds.filter((id) => id !== form.leadLawyerId),
  };
}

export interface HearingForm {
  /** Belgrade wall-clock time as a datetime-local input gives it ('yyyy-mm-ddThh:mm'). */
  startsAt: string;
  kind: string;
  room: string;
  notes: string;
}

export function hearingRequest(form: HearingForm): HearingRequest {
  return {
    // An unparseable time goes as typed (or null when empty), so the API's message explains the format.
    startsAt: belgradeLocalToIso(form.startsAt) ?? (form.startsAt.trim() || null),
    kind: form.kind || null,
    room: form.room.trim() || null,
    notes: form.notes.trim() || null,
  };
}

export function deadlineRequest(form: { kind: string; servedOn: string }): CreateDeadlineRequest {
  return { kind: form.kind || null, servedOn: form.servedOn || null };
}

export const legalFormsApi = {
  createProceeding: (caseId: string, body: CreateProceedingRequest): Promise<Proceeding> =>
    unwrap(http.POST('/api/cases/{caseId}/proceedings', { params: { path: { caseId } }, body })),
  scheduleHearing: (proceedingId: string, body: HearingRequest): Promise<Hearing> =>
    unwrap(http.POST('/api/proceedings/{id}/hearings', { params: { path: { id: proceedingId } }, body })),
  addDeadline: (proceedingId: string, body: CreateDeadlineRequest): Promise<Deadline> =>
    unwrap(http.POST('/api/proceedings/{id}/deadlines', { params: { path: { id: proceedingId } }, body })),
};
