import { describe, expect, it } from 'vitest';
import { loadResources } from './resources';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

// Plural forms differ by language (Serbian has "few", English has not): compare the key they belong to.
const pluralBase = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const baseKeys = (tree: Tree) => [...new Set(keys(tree).map(pluralBase))].sort();

describe('translations', () => {
  const resources = loadResources();

  it('has the same keys in English and Serbian for every namespace', () => {
    const namespaces = new Set([...Object.keys(resources.en), ...Object.keys(resources['sr-Latn'])]);
    for (const ns of namespaces) {
      const en = baseKeys(resources.en[ns] ?? {});
      const sr = baseKeys(resources['sr-Latn'][ns] ?? {});
      expect(sr, `namespace ${ns}`).toEqual(en);
    }
  });

  it('derives Cyrillic for every Serbian string', () => {
    for (const ns of Object.keys(resources['sr-Latn'])) {
      expect(keys(resources['sr-Cyrl'][ns]).sort()).toEqual(keys(resources['sr-Latn'][ns]).sort());
    }
    expect((resources['sr-Cyrl'].common as Tree).signOut).toBe('Одјава');
  });
});
