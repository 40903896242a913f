import { describe, expect, it } from 'vitest';
import { emptyContact, toRequest } from './contactForm';

describe('the contact form', () => {
  it('defaults to an incoming job-offer check by phone, so such a call needs only the number', () => {
    const request = toRequest({ ...emptyContact, callerNumber: ' 064 123 4567 ' });
    expect(request).toMatchObject({
      callerNumber: '064 123 4567',
      callerType: 'jobOfferCheck',
      topics: ['jobOfferCheck'],
      outcome: 'informationGiven',
      channel: 'phone',
      direction: 'incoming',
      minorInvolved: 'no',
      imminentDanger: false,
      durationMinutes: null,
      note: null,
    });
  });

  it('sends blanks as null, country codes upper-cased and a typed duration as a number', () => {
    const request = toRequest({ ...emptyContact, callerNumber: '   ', countries: 'de, at;  it', durationMinutes: '12', language: ' ' });
    expect(request.callerNumber).toBeNull();
    expect(request.language).toBeNull();
    expect(request.countries).toEqual(['DE', 'AT', 'IT']);
    expect(request.durationMinutes).toBe(12);
  });
});
