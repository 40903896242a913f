import type { ContactRequest } from './api';

export interface ContactFields {
  callerNumber: string;
  callerType: string;
  topics: string[];
  outcome: string;
  durationMinutes: string;
  minorInvolved: string;
  imminentDanger: boolean;
  channel: string;
  direction: string;
  language: string;
  exploitation: string[];
  countries: string;
  note: string;
}

/** A quick incoming phone call: what most contacts are, so most calls change only a few fields. */
export const emptyContact: ContactFields = {
  callerNumber: '',
  callerType: 'jobOfferCheck',
  topics: ['jobOfferCheck'],
  outcome: 'informationGiven',
  durationMinutes: '',
  minorInvolved: 'no',
  imminentDanger: false,
  channel: 'phone',
  direction: 'incoming',
  language: '',
  exploitation: [],
  countries: '',
  note: '',
};

export function toRequest(f: ContactFields): ContactRequest {
  const duration = f.durationMinutes.trim() === '' ? null : Number(f.durationMinutes);
  return {
    callerNumber: f.callerNumber.trim() || null,
    callerType: f.callerType,
    topics: f.topics,
    outcome: f.outcome,
    durationMinutes: duration !== null && Number.isFinite(duration) ? duration : null,
    minorInvolved: f.minorInvolved,
    imminentDanger: f.imminentDanger,
    channel: f.channel,
    direction: f.direction,
    language: f.language.trim() || null,
    exploitation: f.exploitation,
    countries: f.countries
      .split(/[\s,;]+/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean),
    note: f.note.trim() || null,
  };
}
