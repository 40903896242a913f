import { describe, expect, it } from 'vitest';
import { toBody, toForm } from './profileForm';

describe('profile form', () => {
  it('sends empty fields as unknown and drops the date of a potential victim', () => {
    const form = toForm({ sex: 'female', ageGroup: '14-17', citizenship: null, exploitation: ['sexual'], place: null, identification: { status: 'potential', on: null, by: null }, referralSource: null });
    form.on = '2026-01-01';
    form.citizenship = ' ua ';
    expect(toBody(form)).toEqual({
      sex: 'female',
      ageGroup: '14-17',
      citizenship: 'UA',
      exploitation: ['sexual'],
      place: null,
      identification: { status: 'potential', on: null, by: null },
      referralSource: null,
    });
  });
});
