import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { transliterateTree, unmarkTree } from './transliterate';

export const languages = ['en', 'sr-Latn', 'sr-Cyrl'] as const;
export type Language = (typeof languages)[number];

type Tree = { [key: string]: string | Tree };

// Each feature owns its namespace: src/i18n/locales/<lang>/<namespace>.json (English and Serbian Latin);
// Serbian Cyrillic is transliterated from Serbian Latin.

const storageKey = 'astra.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * Until the user chooses (the switcher, or a language saved on any device), the browser's: its first tag that names
 * one of ours. Plain Serbian reads Latin, as the server answers it (ADR 0042); Cyrillic only when asked for.
 */
export function browserLanguage(tags: readonly string[]): Language | null {
  for (const tag of tags.map((t) => t.toLowerCase())) {
    if (tag === 'sr-cyrl' || tag.startsWith('sr-cyrl-')) return 'sr-Cyrl';
    if (tag === 'sr' || tag.startsWith('sr-')) return 'sr-Latn';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return null;
}

export function initialLanguage(): Language {
  const stored = localStorage.getItem(storageKey);
  if (isLanguage(stored)) return stored;
  const tags = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
  return browserLanguage(tags) ?? 'sr-Latn';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
}

// Only the reader's language is fetched, one namespace at a time: the first page needs a handful of them, and
// the rest come with the feature that uses them (useTranslation suspends until its namespace is there, inside the
// route's Suspense). Keeps the texts of every other page off a phone's first load.
const lazyFiles = import.meta.glob<Tree>('./locales/*/*.json', { import: 'default' });
const namespaces = [...new Set(Object.keys(lazyFiles).map((path) => /([^/]+)\.json$/.exec(path)![1]))];
const firstPageNamespaces = ['common', 'auth', 'notifications', 'tasks', 'queues'];

const lazyBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (lng, ns, done) => {
    const load = lazyFiles[`./locales/${lng === 'sr-Cyrl' ? 'sr-Latn' : lng}/${ns}.json`];
    if (!load) return done(null, {});
    load().then(
      (tree) => done(null, lng === 'sr-Cyrl' ? transliterateTree(tree) : unmarkTree(tree)),
      (error: Error) => done(error, null),
    );
  },
};

export const i18nReady = i18n
  .use(lazyBackend)
  .use(initReactI18next)
  .init({
    lng: initialLanguage(),
    // English and Serbian have the same keys (resources.test.ts), so a fallback would only fetch a second language.
    fallbackLng: false,
    load: 'currentOnly',
    defaultNS: 'common',
    // Unit tests render pages without a Suspense boundary and read other languages: they get every text up front.
    ns: import.meta.env.MODE === 'test' ? namespaces : firstPageNamespaces,
    preload: import.meta.env.MODE === 'test' ? [...languages] : false,
    interpolation: { escapeValue: false },
    returnNull: false,
    // Re-render when a namespace arrives: a few texts are read across namespaces (the menu's 'casework:search.link').
    react: { bindI18n: 'languageChanged loaded' },
  });

// Once the first page is up, the rest of the reader's language follows in the background, so other pages and the
// few cross-namespace texts do not wait for it.
void i18nReady.then(() => setTimeout(() => void i18n.loadNamespaces(namespaces), 0));

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.language;

export default i18n;
