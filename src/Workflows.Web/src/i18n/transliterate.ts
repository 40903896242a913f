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

export function toCyrillic(text: string): string {
  return text
    .split(protectedPattern)
    .map((part, index) => (index % 2 === 1 ? part : convert(part)))
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
