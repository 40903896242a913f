import type { Language } from './index';
import { transliterateTree, unmarkTree } from './transliterate';

type Tree = { [key: string]: string | Tree };

/**
 * Every text of every language at once, for tests that compare them. Kept apart from index.ts, which loads them
 * lazily: an eager import there would put every language back in the first load.
 */
export function loadResources(): Record<Language, Record<string, Tree>> {
  const files = import.meta.glob<Tree>('./locales/*/*.json', { eager: true, import: 'default' });
  const resources: Record<Language, Record<string, Tree>> = { en: {}, 'sr-Latn': {}, 'sr-Cyrl': {} };
  for (const [path, tree] of Object.entries(files)) {
    const [, lang, ns] = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
    if (lang === 'en') resources.en[ns] = unmarkTree(tree);
    if (lang === 'sr-Latn') {
      resources['sr-Latn'][ns] = unmarkTree(tree);
      resources['sr-Cyrl'][ns] = transliterateTree(tree);
    }
  }
  return resources;
}
