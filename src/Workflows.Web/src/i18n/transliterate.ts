// Serbian Cyrillic is derived from the Serbian Latin texts: the mapping is one-to-one apart from three digraphs,
// so translators keep one Serbian text and both scripts stay in step.

const digraphs: Record<string, string> = {
  Lj: 'Љ', LJ: 'Љ', lj: 'љ', Nj: 'Њ', NJ: 'Њ', nj: 'њ', Dž: 'Џ', DŽ: 'Џ', dž: 'џ',
};

const letters: Record<string, string> = {
  A: 'А', B: 'Б', C: 'Ц', Č: 'Ч', Ć: 'Ћ', D: 'Д', Đ: 'Ђ', E: 'Е', F: 'Ф', G: 'Г', H: 'Х', I: 'И', J: 'Ј', K: 'К',
  L: 'Л', M: 'М', N: 'Н', O: 'О', P: 'П', R: 'Р', S: 'С', Š: 'Ш', T: 'Т', U: 'У', V: 'В', Z: 'З', Ž: 'Ж',
  a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ћ', d: 'д', đ: 'ђ', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'ј', k: 'к',
  l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш', t: 'т', u: 'у', v: 'в', z: 'з', ž: 'ж',
};

// Interpolations ({{count}}), tags (<1>…</1>) and spans marked to stay Latin ([[ASTRA]]) are kept as they are.
const protectedPattern = /(\{\{[^}]*\}\}|<\/?\d+>|\[\[[^\]]*\]\])/;

function convert(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const pair = text.slice(i, i + 2);
    if (digraphs[pair]) {
      out += digraphs[pair];
      i++;
    } else {
      out += letters[text[i]] ?? text[i];
    }
  }
  return out;
}

// What Serbian Cyrillic text writes in Latin; the same rules as the server's Platform/Text/SerbianScript.cs.
const keptWords = new Set([
  'JSON', 'CSV', 'PDF', 'URL', 'API', 'HTTP', 'HTTPS', 'SMTP', 'ICS', 'iCal', 'iCalendar', 'ISO', 'UTC', 'XML', 'HTML',
  'UUID', 'OpenAPI', 'AstraWorkflows', 'JavaScript', 'Liquid', 'Excel', 'GET', 'POST', 'PUT', 'DELETE',
]);
// ASTRA declines: ASTRA, ASTRE, ASTRI, ASTRU, ASTROM, ASTRIN… (and in title case).
const productName = /^(ASTR(A|E|I|U|O|OM|IN\p{L}*)|Astr(a|e|i|u|o|om|in\p{L}*))(-\w+)?$/u;
// Upper-case codes with a dash or slash: KT-…, AS-2026-0010.
const code = /^[A-Z]{1,6}([-/][A-Za-z0-9…]+)+$|^[A-Z]{1,6}-…?$/;
// Paths, file names, addresses, identifiers: definitions/, /api/…, *.workflow.json, casemanager@astra.local, taskType.
// One slash inside a word is Serbian ("klijent/kinja", "njena/njegova").
const technical = /^\/|\/$|\/.*\/|[\\@_*]|\w\.\w|\p{Ll}\p{Lu}/u;
const edges = /^[()[\],;:.!?"'„“”«»‘’…]+|[()[\],;:.!?"'„“”«»‘’…]+$/g;
const urls = /(https?:\/\/\S+|www\.\S+)/;

/** True when the word (without surrounding punctuation) stays Latin in Cyrillic text. */
export function staysLatin(word: string): boolean {
  return (
    keptWords.has(word) ||
    productName.test(word) ||
    (/\d/.test(word) && /[A-Za-z]/.test(word)) ||
    code.test(word) ||
    technical.test(word) ||
    /[qwxyQWXY]/.test(word)
  );
}

function convertWords(text: string): string {
  return text
    .split(urls)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(/\S+/g, (word) => {
            const core = word.replace(edges, '');
            return core.length > 0 && staysLatin(core) ? word : convert(word);
          }),
    )
    .join('');
}

export function toCyrillic(text: string): string {
  return text
    .split(protectedPattern)
    .map((part, index) => (index % 2 === 1 ? part : convertWords(part)))
    .join('');
}

/** Removes the keep-Latin markers once a text has been transliterated (or not). */
export function unmark(text: string): string {
  return text.replace(/\[\[([^\]]*)\]\]/g, '$1');
}

type Tree = { [key: string]: string | Tree };

export function transliterateTree(tree: Tree): Tree {
  const result: Tree = {};
  for (const [key, value] of Object.entries(tree)) {
    result[key] = typeof value === 'string' ? unmark(toCyrillic(value)) : transliterateTree(value);
  }
  return result;
}

export function unmarkTree(tree: Tree): Tree {
  const result: Tree = {};
  for (const [key, value] of Object.entries(tree)) {
    result[key] = typeof value === 'string' ? unmark(value) : unmarkTree(value);
  }
  return result;
}
