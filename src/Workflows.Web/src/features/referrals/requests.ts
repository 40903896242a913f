import { belgradeLocalToIso } from '../../i18n/belgradeTime';
import type { Schemas } from '../../api/types';
import type { Partner, PartnerRequest, ServiceDelivered, RecordAnswerRequest, RecordServiceRequest, SendReferralRequest, CompleteReferralRequest } from './api';

// The forms keep what was typed as strings; these turn it into the API's bodies. Empty optional text is sent as null so
// the API stores nothing rather than an empty string; required fields are sent as typed so the API names what is missing.

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** A comma- or space-separated list of language tags, without blanks or repeats. */
export function splitLanguages(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((l) => l.trim()).filter((l) => l !== ''))];
}

export interface PartnerForm {
  name: string;
  kind: string;
  city: string;
  services: string[];
  email: string;
  phone: string;
  languages: string;
  answersOnline: boolean;
  active: boolean;
}

export const emptyPartnerForm: PartnerForm = {
  name: '',
  kind: '',
  city: '',
  services: [],
  email: '',
  phone: '',
  languages: 'sr-Latn',
  answersOnline: false,
  active: true,
};

export function partnerFormOf(p: Partner): PartnerForm {
  return {
    name: p.name,
    kind: p.kind,
    city: p.city,
    services: [...p.services],
    email: p.email ?? '',
    phone: p.phone ?? '',
    languages: p.languages.join(', '),
    answersOnline: p.answersOnline,
    active: p.active,
  };
}

export function partnerRequest(form: PartnerForm): PartnerRequest {
  return {
    name: form.name.trim(),
    kind: form.kind === '' ? null : form.kind,
    city: form.city.trim(),
    services: form.services,
    email: orNull(form.email),
    phone: orNull(form.phone),
    languages: splitLanguages(form.languages),
    answersOnline: form.answersOnline,
    active: form.active,
  };
}

export interface ReferForm {
  partnerId: string;
  services: string[];
  reason: string;
  urgency: string;
  /** Working days as typed; empty leaves the API's default (two working days). */
  respondWithinDays: string;
  interpreterLanguage: string;
  /** Only sent once the API has said consent is missing and the case manager chose to override. */
  overrideReason: string;
}

export const emptyReferForm: ReferForm = {
  partnerId: '',
  services: [],
  reason: '',
  urgency: 'routine',
  respondWithinDays: '2',
  interpreterLanguage: '',
  overrideReason: '',
};

/**
 * The referral's body. The deadline is counted in working days (`{ workingDays: n }`) on the API's calendar; text that is
 * not a whole number is sent as it is (an ISO duration such as P3D is also accepted) so the API's message names the field.
 */
export function referRequest(form: ReferForm, override: boolean): SendReferralRequest {
  const days = form.respondWithinDays.trim();
  const respondWithin = days === '' ? null : /^\d+$/.test(days) ? { workingDays: Number(days) } : days;
  return {
    partnerId: form.partnerId === '' ? null : form.partnerId,
    services: form.services,
    reason: form.reason.trim(),
    urgency: form.urgency,
    respondWithin,
    interpreterLanguage: orNull(form.interpreterLanguage),
    contactUserId: null,
    overrideReason: override ? form.overrideReason.trim() : null,
  };
}

/** Services the chosen partner offers come first, so the usual choice is at hand; the rest follow. */
export function servicesForPartner<T extends { key: string; active: boolean }>(catalogue: T[], partner: Partner | undefined): T[] {
  const active = catalogue.filter((s) => s.active);
  if (!partner) return active;
  const offered = new Set(partner.services);
  return [...active.filter((s) => offered.has(s.key)), ...active.filter((s) => !offered.has(s.key))];
}

export interface AnswerForm {
  answer: string;
  /** 'yyyy-mm-ddThh:mm' in Belgrade, as the datetime-local input gives it. */
  appointmentAt: string;
  declineReason: string;
  note: string;
}

export const emptyAnswerForm: AnswerForm = { answer: 'accepted', appointmentAt: '', declineReason: '', note: '' };

/** Only an acceptance carries an appointment and only a refusal a reason; the other is left out, as the API requires. */
export function answerRequest(form: AnswerForm): RecordAnswerRequest {
  const accepted = form.answer === 'accepted';
  return {
    answer: form.answer,
    appointmentAt: accepted && form.appointmentAt !== '' ? (belgradeLocalToIso(form.appointmentAt) ?? form.appointmentAt) : null,
    declineReason: !accepted && form.declineReason !== '' ? form.declineReason : null,
    note: orNull(form.note),
  };
}

export function completeRequest(outcome: string, servedOn: string): CompleteReferralRequest {
  return { outcome, servedOn: outcome === 'served' && servedOn !== '' ? servedOn : null };
}

/** The provider select's value for ASTRA itself; any other value is a partner's id. */
export const astraProvider = 'astra';

export interface ServiceForm {
  serviceKey: string;
  deliveredOn: string;
  provider: string;
  fundingProjectKey: string;
  note: string;
}

export function serviceRequest(form: ServiceForm): RecordServiceRequest {
  return {
    serviceKey: form.serviceKey === '' ? null : form.serviceKey,
    deliveredOn: form.deliveredOn === '' ? null : form.deliveredOn,
    partnerId: form.provider === astraProvider || form.provider === '' ? null : form.provider,
    fundingProjectKey: form.fundingProjectKey === '' ? null : form.fundingProjectKey,
    note: orNull(form.note),
  };
}

/** A recorded service as the form shows it, to correct it. */
export function serviceFormOf(s: ServiceDelivered): ServiceForm {
  return { serviceKey: s.serviceKey, deliveredOn: s.deliveredOn, provider: s.partnerId ?? astraProvider, fundingProjectKey: s.fundingProjectKey ?? '', note: s.note ?? '' };
}

/** A correction is a whole new record that replaces the old one (or voids it); the API keeps the old one in the history. */
export function correctionRequest(form: ServiceForm, voided: boolean): Schemas['CorrectServiceRequest'] {
  return { ...serviceRequest(form), voided };
}

/** A service's label in the page's language (Cyrillic has its own label in the catalogue). */
export function serviceLabel(catalogue: { key: string; labelEn: string; labelSrLatn: string; labelSrCyrl: string }[] | undefined, key: string, language: string): string {
  const s = catalogue?.find((c) => c.key === key);
  if (!s) return key;
  return language === 'sr-Latn' ? s.labelSrLatn : language === 'sr-Cyrl' ? s.labelSrCyrl : s.labelEn;
}

/** The statuses in which staff may still act, by action (the server's status path: sent → accepted|declined|… → completed). */
export function actionsFor(r: { direction: string; status: string }): { answer: boolean; withdraw: boolean; complete: boolean } {
  const outgoing = r.direction === 'outgoing';
  return {
    answer: outgoing && r.status === 'sent',
    withdraw: outgoing && (r.status === 'sent' || r.status === 'accepted'),
    complete: r.status === 'sent' || r.status === 'accepted' || r.status === 'received',
  };
}

export interface IncomingForm {
  partnerId: string;
  receivedOn: string;
  reason: string;
  services: string[];
}

export function incomingRequest(form: IncomingForm): { partnerId: string | null; receivedOn: string | null; reason: string; services: string[] } {
  return {
    partnerId: form.partnerId === '' ? null : form.partnerId,
    receivedOn: form.receivedOn === '' ? null : form.receivedOn,
    reason: form.reason.trim(),
    services: form.services,
  };
}
