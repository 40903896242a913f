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

  // The same cases as the server's SerbianScriptTests.
  it.each([
    ['Ljubav i njega, džep', 'Љубав и њега, џеп'],
    ['Glavni pretres — AS-2026-0010, Viši sud u Beogradu', 'Главни претрес — AS-2026-0010, Виши суд у Београду'],
    ['Izvoz (JSON) iz foldera definitions/', 'Извоз (JSON) из фолдера definitions/'],
    ['Podrška u ASTRI i advokati ASTRE', 'Подршка у ASTRI и адвокати ASTRE'],
    ['ASTRINIM klijentkinjama', 'ASTRINIM клијенткињама'],
    ['Pišite na casemanager@astra.local ili https://astra.rs/pomoc', 'Пишите на casemanager@astra.local или https://astra.rs/pomoc'],
    ['Predmet KT-123/26 i KT-…', 'Предмет KT-123/26 и KT-…'],
    ['Polje taskType u datoteci *.workflow.json', 'Поље taskType у датотеци *.workflow.json'],
    ['Playwright i Excel', 'Playwright и Excel'],
    ['Rok {{ vars.deadline }} ({{ case.code }})', 'Рок {{ vars.deadline }} ({{ case.code }})'],
    ['MUP i CZŽTLJ', 'МУП и ЦЗЖТЉ'],
    ['njena/njegova prava, klijent/kinja; POST /api/contacts/{id}/open-case', 'њена/његова права, клијент/киња; POST /api/contacts/{id}/open-case'],
  ])('keeps Latin what Cyrillic text writes in Latin: %s', (latin, cyrillic) => {
    expect(toCyrillic(latin)).toBe(cyrillic);
  });

  it('converts every string of a nested tree', () => {
    expect(transliterateTree({ a: 'zadaci', b: { c: 'rokovi' } })).toEqual({ a: 'задаци', b: { c: 'рокови' } });
  });
});
