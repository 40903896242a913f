import { describe, expect, it } from 'vitest';
import type { Partner } from './api';
import {
  actionsFor,
  answerRequest,
  completeRequest,
  correctionRequest,
  emptyPartnerForm,
  emptyReferForm,
  incomingRequest,
  partnerFormOf,
  partnerRequest,
  referRequest,
  serviceLabel,
  serviceRequest,
  serviceFormOf,
  servicesForPartner,
  splitLanguages,
} from './requests';

const clinic: Partner = {
  id: '0190a0b0-0000-7000-8000-000000000001',
  name: 'Clinic',
  kind: 'clinic',
  city: 'Beograd',
  services: ['hiv-hepatitis-testing', 'lab-tests'],
  email: 'clinic@partners.demo.invalid',
  phone: null,
  languages: ['sr-Latn', 'ro'],
  answersOnline: true,
  active: true,
  demo: true,
};

describe('the partner form', () => {
  it('sends trimmed text, no empty contact details and the language list', () => {
    const body = partnerRequest({ ...emptyPartnerForm, name: '  Dom zdravlja ', kind: 'clinic', city: ' Niš ', services: ['lab-tests'], email: ' ', phone: '', languages: 'sr-Cyrl, en,, en ro' });
    expect(body).toEqual({
      name: 'Dom zdravlja',
      kind: 'clinic',
      city: 'Niš',
      services: ['lab-tests'],
      email: null,
      phone: null,
      languages: ['sr-Cyrl', 'en', 'ro'],
      answersOnline: false,
      active: true,
    });
  });

  it('leaves an unchosen kind empty so the API names the field', () => {
    expect(partnerRequest(emptyPartnerForm).kind).toBeNull();
  });

  it('round-trips a partner through the form', () => {
    expect(partnerRequest(partnerFormOf(clinic))).toEqual({
      name: 'Clinic',
      kind: 'clinic',
      city: 'Beograd',
      services: ['hiv-hepatitis-testing', 'lab-tests'],
      email: 'clinic@partners.demo.invalid',
      phone: null,
      languages: ['sr-Latn', 'ro'],
      answersOnline: true,
      active: true,
    });
  });

  it('splits language tags on commas, semicolons and spaces', () => {
    expect(splitLanguages(' en ;sr-Latn,sr-Latn  ')).toEqual(['en', 'sr-Latn']);
    expect(splitLanguages('')).toEqual([]);
  });
});

describe('the referral form', () => {
  const form = { ...emptyReferForm, partnerId: clinic.id, services: ['hiv-hepatitis-testing'], reason: ' Testing after exposure ', urgency: 'urgent', interpreterLanguage: ' Romanian ' };

  it('counts the deadline in working days and sends no override unless asked', () => {
    expect(referRequest({ ...form, respondWithinDays: '3', overrideReason: 'typed before' }, false)).toEqual({
      partnerId: clinic.id,
      services: ['hiv-hepatitis-testing'],
      reason: 'Testing after exposure',
      urgency: 'urgent',
      respondWithin: { workingDays: 3 },
      interpreterLanguage: 'Romanian',
      contactUserId: null,
      overrideReason: null,
    });
  });

  it('leaves the deadline to the API when empty and passes other text through for the API to judge', () => {
    expect(referRequest({ ...form, respondWithinDays: '' }, false).respondWithin).toBeNull();
    expect(referRequest({ ...form, respondWithinDays: 'P3D' }, false).respondWithin).toBe('P3D');
    expect(referRequest({ ...form, respondWithinDays: '-1' }, false).respondWithin).toBe('-1');
  });

  it('sends the override reason only when overriding, and no interpreter when none is needed', () => {
    const body = referRequest({ ...form, interpreterLanguage: '  ', overrideReason: ' Child at risk ' }, true);
    expect(body.overrideReason).toBe('Child at risk');
    expect(body.interpreterLanguage).toBeNull();
  });

  it('offers the partner’s own services first and never inactive ones', () => {
    const catalogue = [
      { key: 'information', active: true },
      { key: 'lab-tests', active: true },
      { key: 'old', active: false },
      { key: 'hiv-hepatitis-testing', active: true },
    ];
    expect(servicesForPartner(catalogue, clinic).map((s) => s.key)).toEqual(['lab-tests', 'hiv-hepatitis-testing', 'information']);
    expect(servicesForPartner(catalogue, undefined).map((s) => s.key)).toEqual(['information', 'lab-tests', 'hiv-hepatitis-testing']);
  });
});

describe('the answer and completion', () => {
  it('gives an acceptance its appointment in Belgrade time with the offset, and no reason', () => {
    expect(answerRequest({ answer: 'accepted', appointmentAt: '2027-01-15T09:30', declineReason: 'noCapacity', note: ' ' })).toEqual({
      answer: 'accepted',
      appointmentAt: '2027-01-15T09:30:00+01:00',
      declineReason: null,
      note: null,
    });
  });

  it('gives a refusal its reason and no appointment', () => {
    expect(answerRequest({ answer: 'declined', appointmentAt: '2027-07-15T09:30', declineReason: 'outsideArea', note: ' Call Niš ' })).toEqual({
      answer: 'declined',
      appointmentAt: null,
      declineReason: 'outsideArea',
      note: 'Call Niš',
    });
  });

  it('sends the day served only with the outcome served', () => {
    expect(completeRequest('served', '2026-12-01')).toEqual({ outcome: 'served', servedOn: '2026-12-01' });
    expect(completeRequest('noShow', '2026-12-01')).toEqual({ outcome: 'noShow', servedOn: null });
    expect(completeRequest('served', '')).toEqual({ outcome: 'served', servedOn: null });
  });

  it('offers only the actions the status path allows', () => {
    expect(actionsFor({ direction: 'outgoing', status: 'sent' })).toEqual({ answer: true, withdraw: true, complete: true });
    expect(actionsFor({ direction: 'outgoing', status: 'accepted' })).toEqual({ answer: false, withdraw: true, complete: true });
    expect(actionsFor({ direction: 'outgoing', status: 'declined' })).toEqual({ answer: false, withdraw: false, complete: false });
    expect(actionsFor({ direction: 'incoming', status: 'received' })).toEqual({ answer: false, withdraw: false, complete: true });
    expect(actionsFor({ direction: 'outgoing', status: 'completed' })).toEqual({ answer: false, withdraw: false, complete: false });
  });
});

describe('a service delivered', () => {
  it('is provided by ASTRA unless a partner is chosen, with empty optional fields left out', () => {
    const base = { serviceKey: 'legal-aid', deliveredOn: '2026-12-03', provider: 'astra', fundingProjectKey: '', note: '' };
    expect(serviceRequest(base)).toEqual({ serviceKey: 'legal-aid', deliveredOn: '2026-12-03', partnerId: null, fundingProjectKey: null, note: null });
    expect(serviceRequest({ ...base, provider: clinic.id, fundingProjectKey: 'eu-2026', note: ' short ' })).toEqual({
      serviceKey: 'legal-aid',
      deliveredOn: '2026-12-03',
      partnerId: clinic.id,
      fundingProjectKey: 'eu-2026',
      note: 'short',
    });
  });

  it('is labelled in the page’s language, or by its key when unknown', () => {
    const catalogue = [{ key: 'legal-aid', labelEn: 'Legal aid', labelSrLatn: 'Pravna pomoć', labelSrCyrl: 'Правна помоћ', active: true }];
    expect(serviceLabel(catalogue, 'legal-aid', 'sr-Cyrl')).toBe('Правна помоћ');
    expect(serviceLabel(catalogue, 'legal-aid', 'sr-Latn')).toBe('Pravna pomoć');
    expect(serviceLabel(catalogue, 'legal-aid', 'en')).toBe('Legal aid');
    expect(serviceLabel(catalogue, 'gone', 'en')).toBe('gone');
  });
});

describe('an incoming referral', () => {
  it('sends the partner, the day and the services, leaving unchosen ones empty for the API to name', () => {
    expect(incomingRequest({ partnerId: clinic.id, receivedOn: '2026-12-04', reason: ' Sent by the clinic ', services: ['information'] })).toEqual({
      partnerId: clinic.id,
      receivedOn: '2026-12-04',
      reason: 'Sent by the clinic',
      services: ['information'],
    });
    expect(incomingRequest({ partnerId: '', receivedOn: '', reason: '', services: [] })).toEqual({ partnerId: null, receivedOn: null, reason: '', services: [] });
  });
});

describe('a correction of a service delivered', () => {
  it('starts from the record and sends it whole, with the void flag', () => {
    const recorded = {
      id: 's1',
      caseId: 'c1',
      serviceKey: 'lab-tests',
      deliveredOn: '2026-12-01',
      partnerId: clinic.id,
      partnerName: 'Clinic',
      fundingProjectKey: null,
      referralId: null,
      supersedes: null,
      voided: false,
      note: null,
      recordedBy: null,
      recordedAt: '2026-12-01T10:00:00Z',
      current: true,
    };
    const form = serviceFormOf(recorded);
    expect(form).toEqual({ serviceKey: 'lab-tests', deliveredOn: '2026-12-01', provider: clinic.id, fundingProjectKey: '', note: '' });
    expect(correctionRequest({ ...form, deliveredOn: '2026-12-02' }, false)).toEqual({
      serviceKey: 'lab-tests',
      deliveredOn: '2026-12-02',
      partnerId: clinic.id,
      fundingProjectKey: null,
      note: null,
      voided: false,
    });
    expect(correctionRequest(serviceFormOf({ ...recorded, partnerId: null }), true)).toMatchObject({ partnerId: null, voided: true });
  });
});

