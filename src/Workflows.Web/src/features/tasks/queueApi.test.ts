import { describe, expect, it } from 'vitest';
import { typeLabel } from './queueApi';

describe('typeLabel', () => {
  it('reads a task type key as words', () => {
    expect(typeLabel('needs-assessment')).toBe('Needs assessment');
    expect(typeLabel('book_interpreter')).toBe('Book interpreter');
    expect(typeLabel('review')).toBe('Review');
  });
  it('keeps an odd key as it is', () => {
    expect(typeLabel('---')).toBe('---');
  });
});
