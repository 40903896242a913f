import { describe, expect, it } from 'vitest';
import type { TaskFormFieldDefinition } from './api';
import { documentKindOf, initialValues, isValidDate, kindOf, parseNumber, toData, validateField, validateForm } from './formFields';

const field = (type: string, extra: Partial<TaskFormFieldDefinition> = {}): TaskFormFieldDefinition => ({
  name: 'f',
  label: 'F',
  type,
  required: false,
  ...extra,
});

describe('task form fields', () => {
  it('knows the declared kinds and treats unknown ones as text', () => {
    expect(['text', 'number', 'date', 'boolean', 'choice', 'Choice', 'rich'].map((t) => kindOf(field(t)))).toEqual([
      'text',
      'number',
      'date',
      'boolean',
      'choice',
      'choice',
      'text',
    ]);
  });

  it('starts empty, with unticked checkboxes', () => {
    expect(initialValues([field('text', { name: 'a' }), field('boolean', { name: 'b' })])).toEqual({ a: '', b: false });
  });

  it('requires an answer to required fields, blanks do not count, checkboxes always answer', () => {
    expect(validateField(field('text', { required: true }), '  ')).toEqual({ key: 'form.required' });
    expect(validateField(field('choice', { required: true, options: ['x'] }), '')).toEqual({ key: 'form.required' });
    expect(validateField(field('text', { required: true }), 'ok')).toBeNull();
    expect(validateField(field('text'), '')).toBeNull();
    expect(validateField(field('boolean', { required: true }), false)).toBeNull();
  });

  it('checks numbers, accepting a decimal comma', () => {
    expect(validateField(field('number'), 'abc')).toEqual({ key: 'form.number' });
    expect(validateField(field('number'), '12abc')).toEqual({ key: 'form.number' });
    expect(validateField(field('number'), '3,5')).toBeNull();
    expect(parseNumber('3,5')).toBe(3.5);
    expect(parseNumber('-2')).toBe(-2);
    expect(parseNumber('')).toBeNull();
  });

  it('checks dates as real calendar days in yyyy-mm-dd', () => {
    expect(isValidDate('2026-02-28')).toBe(true);
    expect(isValidDate('2026-02-30')).toBe(false);
    expect(isValidDate('28.02.2026')).toBe(false);
    expect(validateField(field('date'), '2026-13-01')).toEqual({ key: 'form.date' });
  });

  it('accepts only a listed option for a choice', () => {
    const choice = field('choice', { options: ['phone', 'chat'] });
    expect(validateField(choice, 'phone')).toBeNull();
    expect(validateField(choice, 'fax')).toEqual({ key: 'form.choice', values: { options: 'phone, chat' } });
  });

  it('collects problems by field name', () => {
    const fields = [field('choice', { name: 'channel', required: true, options: ['phone'] }), field('number', { name: 'n' }), field('text', { name: 't' })];
    expect(Object.keys(validateForm(fields, { channel: '', n: 'x', t: '' }))).toEqual(['channel', 'n']);
  });

  it('sends typed JSON and leaves empty answers out', () => {
    const fields = [
      field('choice', { name: 'channel', options: ['phone'] }),
      field('boolean', { name: 'anonymous' }),
      field('text', { name: 'language' }),
      field('number', { name: 'count' }),
      field('date', { name: 'on' }),
    ];
    expect(toData(fields, { channel: 'phone', anonymous: true, language: '', count: '2,5', on: '2026-05-04' })).toEqual({
      channel: 'phone',
      anonymous: true,
      count: 2.5,
      on: '2026-05-04',
    });
    expect(toData(fields, initialValues(fields))).toEqual({ anonymous: false });
  });
});

describe('a file field', () => {
  const file = field('file', { name: 'signed', label: 'Signed', required: true, kind: 'powerOfAttorney' });

  it('is its own kind, required until a document id is there, and sends the id as it is', () => {
    expect(kindOf(file)).toBe('file');
    expect(validateField(file, '')).toEqual({ key: 'form.required' });
    expect(validateField(file, '0190cccc-0000-7000-8000-0000000000cc')).toBeNull();
    expect(toData([file], { signed: '0190cccc-0000-7000-8000-0000000000cc' })).toEqual({ signed: '0190cccc-0000-7000-8000-0000000000cc' });
    expect(documentKindOf(file)).toBe('powerOfAttorney');
    expect(documentKindOf({ ...file, kind: null })).toBe('other');
  });
});
