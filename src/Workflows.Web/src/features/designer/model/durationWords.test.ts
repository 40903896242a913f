import { describe, expect, it } from 'vitest';
import i18n from '../../../i18n';
import type { Json } from './definition';
import { durationWords, escalationWhen } from './durationWords';

function words(language: string, value: Json) {
  return durationWords(value, i18n.getFixedT(language, 'designer'), language);
}

const counts = [1, 2, 5, 21, 22, 25];

describe('durations in words', () => {
  it('says hours, days, working days and minutes in English', () => {
    expect(counts.map((n) => words('en', `PT${n}H`))).toEqual(['1 hour', '2 hours', '5 hours', '21 hours', '22 hours', '25 hours']);
    expect(counts.map((n) => words('en', { workingDays: n }))).toEqual(['1 working day', '2 working days', '5 working days', '21 working days', '22 working days', '25 working days']);
    expect(words('en', 'P2D')).toBe('2 days');
    expect(words('en', 'PT30M')).toBe('30 minutes');
    expect(words('en', 'P1W')).toBe('1 week');
    expect(words('en', 'P1DT2H30M')).toBe('1 day, 2 hours, and 30 minutes');
  });

  it('uses the Serbian one, few and other forms in Latin', () => {
    expect(counts.map((n) => words('sr-Latn', `PT${n}H`))).toEqual(['1 sat', '2 sata', '5 sati', '21 sat', '22 sata', '25 sati']);
    expect(counts.map((n) => words('sr-Latn', `P${n}D`))).toEqual(['1 dan', '2 dana', '5 dana', '21 dan', '22 dana', '25 dana']);
    expect(counts.map((n) => words('sr-Latn', { workingDays: n }))).toEqual(['1 radni dan', '2 radna dana', '5 radnih dana', '21 radni dan', '22 radna dana', '25 radnih dana']);
    expect(counts.map((n) => words('sr-Latn', `PT${n}M`))).toEqual(['1 minut', '2 minuta', '5 minuta', '21 minut', '22 minuta', '25 minuta']);
    expect(counts.map((n) => words('sr-Latn', `P${n}W`))).toEqual(['1 nedelja', '2 nedelje', '5 nedelja', '21 nedelja', '22 nedelje', '25 nedelja']);
    expect(counts.map((n) => words('sr-Latn', `P${n}M`))).toEqual(['1 mesec', '2 meseca', '5 meseci', '21 mesec', '22 meseca', '25 meseci']);
    // 11 to 14 take "other", whatever their last digit.
    expect([11, 12, 14].map((n) => words('sr-Latn', `PT${n}H`))).toEqual(['11 sati', '12 sati', '14 sati']);
    expect(words('sr-Latn', 'P1DT2H')).toBe('1 dan i 2 sata');
  });

  it('uses the same forms in Cyrillic', () => {
    expect(counts.map((n) => words('sr-Cyrl', `PT${n}H`))).toEqual(['1 сат', '2 сата', '5 сати', '21 сат', '22 сата', '25 сати']);
    expect(counts.map((n) => words('sr-Cyrl', { workingDays: n }))).toEqual(['1 радни дан', '2 радна дана', '5 радних дана', '21 радни дан', '22 радна дана', '25 радних дана']);
    expect(counts.map((n) => words('sr-Cyrl', `P${n}M`))).toEqual(['1 месец', '2 месеца', '5 месеци', '21 месец', '22 месеца', '25 месеци']);
    expect(words('sr-Cyrl', 'PT30M')).toBe('30 минута');
  });

  it('words a working-day anchor, and leaves scripts and malformed values to the caller', () => {
    expect(words('sr-Latn', { workingDaysBefore: 5, of: { js: 'vars.hearing.date' } })).toBe('5 radnih dana pre datuma vars.hearing.date');
    expect(words('en', { workingDaysAfter: 1, of: '2026-03-02' })).toBe('1 working day after 2026-03-02');
    expect(words('en', { js: 'vars.due' })).toBeNull();
    expect(words('en', 'PT')).toBeNull();
    expect(words('en', '4 hours')).toBeNull();
    expect(words('en', { workingDays: 1.5 })).toBeNull();
  });

  it('words when an escalation fires', () => {
    const t = i18n.getFixedT('sr-Latn', 'designer');
    expect(escalationWhen('due', t, 'sr-Latn')).toBe('kad istekne rok');
    expect(escalationWhen('80%', t, 'sr-Latn')).toBe('kad prođe 80% vremena do roka');
    expect(escalationWhen({ workingDays: 2 }, t, 'sr-Latn')).toBe('2 radna dana posle isteka roka');
    expect(escalationWhen('soon', t, 'sr-Latn')).toBeNull();
  });
});
