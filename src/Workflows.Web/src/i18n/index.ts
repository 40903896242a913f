import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { transliterateTree, unmarkTree } from './transliterate';

export const languages = ['en', 'sr-Latn', 'sr-Cyrl'] as const;
export type Language = (typeof languages)[number];

type Tree = { [key: string]: string | Tree };

// Each feature owns its namespace: src/i18n/locales/<lang>/<namespace>.json (English and Serbian Latin);
// Serbian Cyrillic is transliterated from Serbian Latin.
const files = import.meta.glob<Tree>('./locales/*/*.json', { eager: true, import: 'default' });

export function loadResources(): Record<Language, Record<string, Tree>> {
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

const storageKey = 'astra.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function initialLanguage(): Language {
  const stored = localStorage.getItem(storageKey);
  return isLanguage(stored) ? stored : 'sr-Latn';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
}

const resources = loadResources();

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  defaultNS: 'common',
  ns: Object.keys(resources.en),
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.language;

export default i18n;
