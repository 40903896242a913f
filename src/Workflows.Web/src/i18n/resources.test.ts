import { describe, expect, it } from 'vitest';
import { loadResources } from './resources';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

describe('translations', () => {
  const resources = loadResources();

  it('has the same keys in English and Serbian for every namespace', () => {
    const namespaces = new Set([...Object.keys(resources.en), ...Object.keys(resources['sr-Latn'])]);
    for (const ns of namespaces) {
      const en = keys(resources.en[ns] ?? {}).sort();
      const sr = keys(resources['sr-Latn'][ns] ?? {}).sort();
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
