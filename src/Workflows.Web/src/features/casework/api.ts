import { http, unwrap } from '../../api/http';
import type { Schemas } from '../../api/types';

export type Consents = Schemas['ConsentsResponse'];
export type ConsentEvent = Schemas['ConsentEventResponse'];
export type ConsentOverride = Schemas['ConsentOverrideResponse'];
export type FindCaseHit = Schemas['FindCaseHit'];

/** Exactly one of these is sent; the term travels in the body, never in the URL. */
export type SearchKind = 'fullName' | 'documentNumber' | 'caseCode' | 'contactCode';
export const searchKinds: readonly SearchKind[] = ['fullName', 'documentNumber', 'caseCode', 'contactCode'];

/** Grounds on which data may be shared without consent (SharingCheck.cs). */
export const overrideGrounds = ['child', 'imminent-danger'] as const;

export const caseworkKeys = {
  consents: (caseId: string) => ['cases', 'detail', caseId, 'consents'] as const,
};

export const caseworkApi = {
  consents: (id: string, signal?: AbortSignal): Promise<Consents> => unwrap(http.GET('/api/cases/{id}/consents', { params: { path: { id } }, signal })),
  give: (id: string, purpose: string, givenAt: string, note: string | null): Promise<ConsentEvent> =>
    unwrap(http.POST('/api/cases/{id}/consents', { params: { path: { id } }, body: { purpose, givenAt, note } })),
  withdraw: (id: string, purpose: string, withdrawnAt: string, note: string | null): Promise<ConsentEvent> =>
    unwrap(http.POST('/api/cases/{id}/consents/{purpose}/withdraw', { params: { path: { id, purpose } }, body: { withdrawnAt, note } })),
  override: (id: string, purpose: string, ground: string, overrideReason: string): Promise<Schemas['SharingCheckResponse']> =>
    unwrap(http.POST('/api/cases/{id}/sharing-check', { params: { path: { id } }, body: { purpose, ground, overrideReason } })),
  find: (kind: SearchKind, term: string): Promise<FindCaseHit[]> =>
    unwrap(http.POST('/api/cases/search', { body: { fullName: null, documentNumber: null, caseCode: null, contactCode: null, [kind]: term } })),
};
