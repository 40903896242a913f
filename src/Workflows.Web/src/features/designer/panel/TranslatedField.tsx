import { useTranslation } from 'react-i18next';
import { readText, withText, type Texts, type TextLanguage } from '../model/texts';

/** One text in a language other than English: the catalogue's value, the English original shown beside it. */
export function TranslatedField({ label, english, language, textKey, texts, multiline = false, onTexts }: {
  label: string;
  english: string;
  language: TextLanguage;
  textKey: string;
  texts: Texts | undefined;
  multiline?: boolean;
  onTexts: (texts: Texts | undefined) => void;
}) {
  const { t } = useTranslation('texts');
  const value = readText(texts, language, textKey);
  const change = (text: string) => onTexts(withText(texts, language, textKey, text));
  const hint = english ? t('panel.original', { text: english }) : t('panel.noOriginal');
  return (
    <label className="field">
      <span>{label}</span>
      {multiline ? (
        <textarea rows={2} value={value} placeholder={english} onChange={(e) => change(e.target.value)} />
      ) : (
        <input value={value} placeholder={english} onChange={(e) => change(e.target.value)} />
      )}
      <small className="muted">
        {hint}
        {language === 'sr-Cyrl' && !value && ` ${t('panel.derived')}`}
      </small>
    </label>
  );
}

export function TextLanguagePicker({ language, onChange }: { language: TextLanguage; onChange: (language: TextLanguage) => void }) {
  const { t } = useTranslation('texts');
  return (
    <label className="field">
      <span>{t('panel.language')}</span>
      <select value={language} onChange={(e) => onChange(e.target.value as TextLanguage)}>
        <option value="en">English</option>
        <option value="sr-Latn">Srpski (latinica)</option>
        <option value="sr-Cyrl">Српски (ћирилица)</option>
      </select>
    </label>
  );
}
