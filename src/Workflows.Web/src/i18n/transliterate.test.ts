import { describe, expect, it } from 'vitest';
import { toCyrillic, transliterateTree, unmark } from './transliterate';

describe('Serbian Latin to Cyrillic', () => {
  it('maps the digraphs to single letters', () => {
    expect(toCyrillic('Ljubljana, njiva, džep, Džak, NJ')).toBe('Љубљана, њива, џеп, Џак, Њ');
  });

  it('maps the letters with diacritics', () => {
    expect(toCyrillic('Čačak, Ćuprija, Đorđe, Šabac, Žabalj')).toBe('Чачак, Ћуприја, Ђорђе, Шабац, Жабаљ');
  });

  it('keeps interpolations, tags and marked spans', () => {
    expect(toCyrillic('Rok {{count}} dana <1>sud</1> [[ASTRA]]')).toBe('Рок {{count}} дана <1>суд</1> [[ASTRA]]');
    expect(unmark(toCyrillic('organizacija [[ASTRA]]'))).toBe('организација ASTRA');
  });

  it('converts every string of a nested tree', () => {
    expect(transliterateTree({ a: 'zadaci', b: { c: 'rokovi' } })).toEqual({ a: 'задаци', b: { c: 'рокови' } });
  });
});
