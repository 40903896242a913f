import { api, ApiError, query } from '../../api/client';
import type { Schemas } from '../../api/types';

export type HearingItem = Schemas['HearingListItem'];
export type Hearing = Schemas['HearingResponse'];
export type HearingChange = Schemas['HearingChangeResponse'];
export type HearingRequest = Schemas['HearingRequest'];
export type Deadline = Schemas['DeadlineResponse'];
export type DeadlineKind = Schemas['DeadlineKindResponse'];
export type CalendarFeed = Schemas['CalendarFeedResponse'];

export const hearingKinds = ['preliminary', 'mainTrial', 'closing', 'pronouncement', 'other'] as const;

export const legalKeys = {
  all: ['legal'] as const,
  hearings: (params: { mine: boolean; from?: string; to?: string }) => ['legal', 'hearings', params] as const,
  deadlines: (params: { mine: boolean }) => ['legal', 'deadlines', params] as const,
  hearing: (id: string) => ['legal', 'hearing', id] as const,
  kinds: ['legal', 'kinds'] as const,
  feed: ['legal', 'feed'] as const,
};

export function listHearings(params: { mine: boolean; from?: string; to?: string }, signal?: AbortSignal) {
  return api.get<HearingItem[]>(`/api/hearings${query({ mine: params.mine || undefined, from: params.from, to: params.to })}`, { signal });
}

export function listDeadlines(params: { mine: boolean }, signal?: AbortSignal) {
  return api.get<Deadline[]>(`/api/deadlines${query({ mine: params.mine || undefined })}`, { signal });
}

export function listDeadlineKinds(signal?: AbortSignal) {
  return api.get<DeadlineKind[]>('/api/legal-deadline-kinds', { signal });
}

/** The hearing with its history; null when it is gone or no longer shared (the dialog then shows the list's data). */
export async function getHearing(id: string, signal?: AbortSignal): Promise<Hearing | null> {
  try {
    return await api.get<Hearing>(`/api/hearings/${id}`, { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function updateHearing(id: string, body: HearingRequest) {
  return api.put<Hearing>(`/api/hearings/${id}`, body);
}

export function cancelHearing(id: string) {
  return api.post<Hearing>(`/api/hearings/${id}/cancel`);
}

export function completeDeadline(id: string) {
  return api.post<Deadline>(`/api/deadlines/${id}/complete`);
}

export function moveDeadline(id: string, body: { dueOn: string | null; reason: string }) {
  return api.post<Deadline>(`/api/deadlines/${id}/move`, body);
}

export function dismissDeadline(id: string, body: { reason: string }) {
  return api.post<Deadline>(`/api/deadlines/${id}/dismiss`, body);
}

export function getCalendarFeed(signal?: AbortSignal) {
  return api.get<CalendarFeed>('/api/me/calendar-feed', { signal });
}

export function rotateCalendarFeed() {
  return api.post<CalendarFeed>('/api/me/calendar-feed/rotate');
}
