import { describe, expect, it } from 'vitest';
import { browserLanguage } from './index';

describe('browserLanguage', () => {
  it('takes the first of the browser languages the app speaks, Cyrillic only when asked for', () => {
    expect(browserLanguage(['sr-Cyrl-RS', 'en'])).toBe('sr-Cyrl');
    expect(browserLanguage(['sr-Cyrl'])).toBe('sr-Cyrl');
    expect(browserLanguage(['sr-Latn-RS'])).toBe('sr-Latn');
    expect(browserLanguage(['sr', 'en-US'])).toBe('sr-Latn');
    expect(browserLanguage(['sr-RS'])).toBe('sr-Latn');
    expect(browserLanguage(['de-DE', 'en-GB', 'sr'])).toBe('en');
    expect(browserLanguage(['de-DE', 'fr'])).toBeNull();
    expect(browserLanguage([])).toBeNull();
  });
});
