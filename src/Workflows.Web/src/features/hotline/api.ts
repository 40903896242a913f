import { http, unwrap } from '../../api/http';
import type { Schemas } from '../../api/types';

export type ContactRequest = Partial<Schemas['ContactRequest']>;
export type ContactLogged = Schemas['LogContactResponse'];
export type RepeatCaller = Schemas['RepeatCallerResponse'];
export type Contact = Schemas['ContactResponse'];
export type ContactPage = Schemas['ContactPageResponse'];
export type ContactListItem = Schemas['ContactListItem'];
export type CallBackItem = Schemas['CallBackItem'];
export type CaseOpened = Schemas['OpenCaseResponse'];

/** The coded values, as the API spells them (ContactVocabulary on the server). */
export const vocabulary = {
  channel: ['phone', 'email', 'webForm', 'messaging', 'inPerson', 'mobileTeam'],
  direction: ['incoming', 'outgoing'],
  callerType: ['jobOfferCheck', 'potentialVictim', 'familyOrFriend', 'citizen', 'institution', 'ngo', 'anonymous', 'other'],
  topics: ['jobOfferCheck', 'safeMigration', 'traffickingIndicators', 'missingPerson', 'legalQuestion', 'psychologicalSupport', 'medicalQuestion', 'other'],
  exploitation: ['sexual', 'labour', 'begging', 'criminality', 'forcedMarriage', 'domesticServitude', 'organRemoval', 'other'],
  minorInvolved: ['no', 'yes', 'unknown'],
  outcome: ['informationGiven', 'referred', 'callBack', 'noAction'],
  priority: ['high', 'medium', 'low'],
} as const;

export interface ContactFilters {
  from?: string;
  to?: string;
  outcome?: string;
  topic?: string;
}

export const hotlineKeys = {
  all: ['hotline'] as const,
  list: (filters: ContactFilters) => ['hotline', 'list', filters] as const,
  detail: (id: string) => ['hotline', 'detail', id] as const,
  callBacks: ['hotline', 'call-backs'] as const,
};

export const hotlineApi = {
  log: (request: ContactRequest): Promise<ContactLogged> => unwrap(http.POST('/api/contacts', { body: request as Schemas['ContactRequest'] })),
  // A POST so the number stays out of URLs and logs.
  repeatCaller: (callerNumber: string, signal?: AbortSignal): Promise<RepeatCaller> =>
    unwrap(http.POST('/api/contacts/repeat-caller', { body: { callerNumber }, signal })),
  list: (filters: ContactFilters, cursor: string | null, signal?: AbortSignal): Promise<ContactPage> =>
    unwrap(
      http.GET('/api/contacts', {
        params: { query: { from: filters.from, to: filters.to, outcome: filters.outcome, topic: filters.topic, limit: 50, cursor: cursor ?? undefined } },
        signal,
      }),
    ),
  detail: (id: string, signal?: AbortSignal): Promise<Contact> => unwrap(http.GET('/api/contacts/{id}', { params: { path: { id } }, signal })),
  openCase: (id: string, priority: string, foreignNational: boolean): Promise<CaseOpened> =>
    unwrap(http.POST('/api/contacts/{id}/open-case', { params: { path: { id } }, body: { priority, foreignNational } })),
  callBacks: (signal?: AbortSignal): Promise<CallBackItem[]> => unwrap(http.GET('/api/contacts/call-backs', { signal })),
  claim: (id: string): Promise<CallBackItem> => unwrap(http.POST('/api/contacts/{id}/call-back/claim', { params: { path: { id } } })),
  done: (id: string): Promise<CallBackItem> => unwrap(http.POST('/api/contacts/{id}/call-back/done', { params: { path: { id } } })),
};
