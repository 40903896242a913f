import { describe, expect, it } from 'vitest';
import { readText, renameTextKeys, textKey, withText } from './texts';

describe('definition texts', () => {
  it('sets, reads and removes a translation without touching other languages', () => {
    const texts = withText({ en: { 'a.name': 'A' } }, 'sr-Latn', textKey.activityName('a'), 'Prvi');
    expect(readText(texts, 'sr-Latn', 'a.name')).toBe('Prvi');
    expect(readText(texts, 'en', 'a.name')).toBe('A');
    expect(withText(texts, 'sr-Latn', 'a.name', ' ')).toEqual({ en: { 'a.name': 'A' } });
    expect(withText({ 'sr-Latn': { name: 'X' } }, 'sr-Latn', 'name', '')).toBeUndefined();
  });

  it('moves the keys of a renamed activity', () => {
    const texts = { 'sr-Latn': { 'a.name': 'Prvi', 'a.inputs.title': 'Naslov', ab: 'x', name: 'Tok' } };
    expect(renameTextKeys(texts, 'a', 'b')).toEqual({ 'sr-Latn': { 'b.name': 'Prvi', 'b.inputs.title': 'Naslov', ab: 'x', name: 'Tok' } });
  });
});
