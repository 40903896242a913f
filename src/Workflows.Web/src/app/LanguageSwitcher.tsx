import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { http, unwrap } from '../api/http';
import type { Me } from '../auth/types';
import { languages, rememberLanguage, type Language } from '../i18n';

const names: Record<Language, string> = { en: 'English', 'sr-Latn': 'Srpski', 'sr-Cyrl': 'Српски' };

export function LanguageSwitcher({ signedIn = false }: { signedIn?: boolean }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  async function choose(language: Language) {
    rememberLanguage(language);
    await i18n.changeLanguage(language);
    if (signedIn) {
      // Remembered per user on the server, so it follows the user to another device; the cached profile is
      // updated at once so the sign-in gate does not switch back to the previous choice.
      client.setQueryData<Me>(['me'], (me) => (me ? { ...me, language } : me));
      await unwrap(http.PUT('/api/me/preferences', { body: { language } })).catch(() => undefined);
    }
  }
  return (
    <label className="language">
      <span className="visually-hidden">{t('language')}</span>
      {/* aria-label keeps the control's name to the word alone (the wrapping label would add the options' names) */}
      <select aria-label={t('language')} value={i18n.language} onChange={(e) => void choose(e.target.value as Language)}>
        {languages.map((l) => (
          <option key={l} value={l} lang={l}>
            {names[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
