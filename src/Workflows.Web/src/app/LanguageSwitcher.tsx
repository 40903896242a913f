import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { languages, rememberLanguage, type Language } from '../i18n';

const names: Record<Language, string> = { en: 'English', 'sr-Latn': 'Srpski', 'sr-Cyrl': 'Српски' };

export function LanguageSwitcher({ signedIn = false }: { signedIn?: boolean }) {
  const { t, i18n } = useTranslation();
  async function choose(language: Language) {
    rememberLanguage(language);
    await i18n.changeLanguage(language);
    if (signedIn) {
      // Remembered per user on the server too; the local copy covers a server without the preference yet.
      await api.put('/api/me/preferences', { language }).catch(() => undefined);
    }
  }
  return (
    <label className="language">
      <span className="visually-hidden">{t('language')}</span>
      <select value={i18n.language} onChange={(e) => void choose(e.target.value as Language)}>
        {languages.map((l) => (
          <option key={l} value={l} lang={l}>
            {names[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
