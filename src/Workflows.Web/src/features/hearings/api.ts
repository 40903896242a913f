import { ApiError } from '../../api/client';
import { http, unwrap } from '../../api/http';
import type { Schemas } from '../../api/types';

export type HearingItem = Schemas['HearingListItem'];
export type Hearing = Schemas['HearingResponse'];
export type HearingChange = Schemas['HearingChangeResponse'];
export type HearingRequest = Schemas['HearingRequest'];
export type Deadline = Schemas['DeadlineResponse'];
export type CalendarFeed = Schemas['CalendarFeedResponse'];

export const hearingKinds = ['preliminary', 'mainTrial', 'closing', 'pronouncement', 'other'] as const;

export const legalKeys = {
  all: ['legal'] as const,
  hearings: (params: { mine: boolean; from?: string; to?: string }) => ['legal', 'hearings', params] as const,
  deadlines: (params: { mine: boolean }) => ['legal', 'deadlines', params] as const,
  hearing: (id: string) => ['legal', 'hearing', id] as const,
  feed: ['legal', 'feed'] as const,
  nonWorking: (year: number) => ['legal', 'nonWorking', year] as const,
};

/** A public holiday or an organisation closure: the month calendar marks it. */
export interface NonWorkingDay {
  day: string;
  kind: 'holiday' | 'closure';
  label: string;
}

/** The year's public holidays (incl. days moved by the Sunday rule) and ASTRA's closures, from the shared calendar. */
export async function listNonWorkingDays(year: number, signal?: AbortSignal): Promise<NonWorkingDay[]> {
  const data = await unwrap(http.GET('/api/calendar/holidays', { params: { query: { year } }, signal }));
  return [
    ...data.holidays.map((h) => ({ day: h.date, kind: 'holiday' as const, label: h.name })),
    ...data.closures.map((c) => ({ day: c.date, kind: 'closure' as const, label: c.reason })),
  ];
}

export function listHearings(params: { mine: boolean; from?: string; to?: string }, signal?: AbortSignal): Promise<HearingItem[]> {
  return unwrap(http.GET('/api/hearings', { params: { query: { mine: params.mine || undefined, from: params.from, to: params.to } }, signal }));
}

export function listDeadlines(params: { mine: boolean }, signal?: AbortSignal): Promise<Deadline[]> {
  return unwrap(http.GET('/api/deadlines', { params: { query: { mine: params.mine || undefined } }, signal }));
}

const byId = (id: string) => ({ params: { path: { id } } });

/** The hearing with its history; null when it is gone or no longer shared (the dialog then shows the list's data). */
export async function getHearing(id: string, signal?: AbortSignal): Promise<Hearing | null> {
  try {
    return await unwrap(http.GET('/api/hearings/{id}', { ...byId(id), signal }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function updateHearing(id: string, body: HearingRequest): Promise<Hearing> {
  return unwrap(http.PUT('/api/hearings/{id}', { ...byId(id), body }));
}

export function cancelHearing(id: string): Promise<Hearing> {
  return unwrap(http.POST('/api/hearings/{id}/cancel', byId(id)));
}

export function completeDeadline(id: string): Promise<Deadline> {
  return unwrap(http.POST('/api/deadlines/{id}/complete', byId(id)));
}

export function moveDeadline(id: string, body: { dueOn: string | null; reason: string }): Promise<Deadline> {
  return unwrap(http.POST('/api/deadlines/{id}/move', { ...byId(id), body }));
}

export function dismissDeadline(id: string, body: { reason: string }): Promise<Deadline> {
  return unwrap(http.POST('/api/deadlines/{id}/dismiss', { ...byId(id), body }));
}

export function getCalendarFeed(signal?: AbortSignal): Promise<CalendarFeed> {
  return unwrap(http.GET('/api/me/calendar-feed', { signal }));
}

export function rotateCalendarFeed(): Promise<CalendarFeed> {
  return unwrap(http.POST('/api/me/calendar-feed/rotate'));
}
