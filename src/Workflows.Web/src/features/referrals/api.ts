import { http, unwrap } from '../../api/http';
import type { Schemas } from '../../api/types';

export type Partner = Schemas['PartnerResponse'];
export type PartnerRequest = Schemas['PartnerRequest'];
export type ServiceType = Schemas['ServiceTypeResponse'];
export type FundingProject = Schemas['FundingProjectResponse'];
export type Referral = Schemas['ReferralResponse'];
export type SendReferralRequest = Schemas['SendReferralRequest'];
export type RecordAnswerRequest = Schemas['RecordAnswerRequest'];
export type CompleteReferralRequest = Schemas['CompleteReferralRequest'];
export type ServiceDelivered = Schemas['ServiceDeliveredResponse'];
export type RecordServiceRequest = Schemas['RecordServiceRequest'];

/** The coded values, as the API spells them (PartnerKinds and ReferralVocabulary on the server). */
export const vocabulary = {
  kinds: ['clinic', 'forensic', 'socialWork', 'police', 'prosecutor', 'court', 'shelter', 'stateCentre', 'iom', 'embassy', 'ngo', 'employment', 'education', 'other'],
  urgencies: ['routine', 'urgent', 'emergency'],
  answers: ['accepted', 'declined'],
  outcomes: ['served', 'noShow', 'notServed'],
  declineReasons: ['noCapacity', 'notOurService', 'outsideArea', 'needsMoreInformation', 'other'],
  /** The languages the partner's e-mail and answer page come in. */
  partnerLanguages: ['sr-Latn', 'sr-Cyrl', 'en'],
} as const;

export interface PartnerFilters {
  kind?: string;
  city?: string;
  /** 'true' | 'false' | undefined (any) — as the select gives it. */
  active?: string;
}

export const referralKeys = {
  all: ['referrals'] as const,
  partners: (filters: PartnerFilters) => ['referrals', 'partners', filters] as const,
  partner: (id: string) => ['referrals', 'partner', id] as const,
  serviceTypes: ['referrals', 'service-types'] as const,
  fundingProjects: ['referrals', 'funding-projects'] as const,
  ofCase: (caseId: string) => ['referrals', 'case', caseId] as const,
  servicesOfCase: (caseId: string) => ['referrals', 'case-services', caseId] as const,
  // Under servicesOfCase, so a record or correction refreshes the history too.
  serviceHistoryOfCase: (caseId: string) => ['referrals', 'case-services', caseId, 'history'] as const,
};

export const referralsApi = {
  partners: (filters: PartnerFilters, signal?: AbortSignal): Promise<Partner[]> =>
    unwrap(
      http.GET('/api/partners', {
        params: {
          query: {
            kind: filters.kind || undefined,
            city: filters.city?.trim() || undefined,
            active: filters.active === undefined || filters.active === '' ? undefined : filters.active === 'true',
          },
        },
        signal,
      }),
    ),
  partner: (id: string, signal?: AbortSignal): Promise<Partner> => unwrap(http.GET('/api/partners/{id}', { params: { path: { id } }, signal })),
  createPartner: (body: PartnerRequest): Promise<Partner> => unwrap(http.POST('/api/partners', { body })),
  updatePartner: (id: string, body: PartnerRequest): Promise<Partner> => unwrap(http.PUT('/api/partners/{id}', { params: { path: { id } }, body })),
  serviceTypes: (signal?: AbortSignal): Promise<ServiceType[]> => unwrap(http.GET('/api/service-types', { signal })),
  putServiceType: (key: string, body: Schemas['PutServiceTypeRequest']): Promise<ServiceType> =>
    unwrap(http.PUT('/api/service-types/{key}', { params: { path: { key } }, body })),
  fundingProjects: (signal?: AbortSignal): Promise<FundingProject[]> => unwrap(http.GET('/api/funding-projects', { signal })),
  putFundingProject: (key: string, body: Schemas['PutFundingProjectRequest']): Promise<FundingProject> =>
    unwrap(http.PUT('/api/funding-projects/{key}', { params: { path: { key } }, body })),
  recordIncoming: (caseId: string, body: Schemas['IncomingReferralRequest']): Promise<Referral> =>
    unwrap(http.POST('/api/cases/{caseId}/incoming-referrals', { params: { path: { caseId } }, body })),
  ofCase: (caseId: string, signal?: AbortSignal): Promise<Referral[]> => unwrap(http.GET('/api/cases/{caseId}/referrals', { params: { path: { caseId } }, signal })),
  send: (caseId: string, body: SendReferralRequest): Promise<Referral> => unwrap(http.POST('/api/cases/{caseId}/referrals', { params: { path: { caseId } }, body })),
  withdraw: (id: string): Promise<Referral> => unwrap(http.POST('/api/referrals/{id}/withdraw', { params: { path: { id } } })),
  recordAnswer: (id: string, body: RecordAnswerRequest): Promise<Referral> => unwrap(http.POST('/api/referrals/{id}/record-answer', { params: { path: { id } }, body })),
  complete: (id: string, body: CompleteReferralRequest): Promise<Referral> => unwrap(http.POST('/api/referrals/{id}/complete', { params: { path: { id } }, body })),
  servicesOfCase: (caseId: string, signal?: AbortSignal): Promise<ServiceDelivered[]> =>
    unwrap(http.GET('/api/cases/{caseId}/services', { params: { path: { caseId } }, signal })),
  /** Every record, the replaced and voided ones included (the API appends corrections, never overwrites). */
  serviceHistoryOfCase: (caseId: string, signal?: AbortSignal): Promise<ServiceDelivered[]> =>
    unwrap(http.GET('/api/cases/{caseId}/services', { params: { path: { caseId }, query: { history: true } }, signal })),
  correctService: (id: string, body: Schemas['CorrectServiceRequest']): Promise<ServiceDelivered> =>
    unwrap(http.POST('/api/services-delivered/{id}/correct', { params: { path: { id } }, body })),
  recordService: (caseId: string, body: RecordServiceRequest): Promise<ServiceDelivered> =>
    unwrap(http.POST('/api/cases/{caseId}/services', { params: { path: { caseId } }, body })),
};
