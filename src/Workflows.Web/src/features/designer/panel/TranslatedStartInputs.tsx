import { useTranslation } from 'react-i18next';
import type { Json } from '../model/definition';
import { textKey, type Texts, type TextLanguage } from '../model/texts';
import { TranslatedField } from './TranslatedField';

interface StartInput { name: string; description?: string }

function startInputs(value: unknown): StartInput[] {
  if (!Array.isArray(value)) return [];
  return (value as Json[]).flatMap((i) => {
    if (!i || typeof i !== 'object' || Array.isArray(i) || typeof i.name !== 'string' || i.name === '') return [];
    return [{ name: i.name, description: typeof i.description === 'string' && i.description !== '' ? i.description : undefined }];
  });
}

/**
 * The labels and help of the workflow's start inputs in the panel's language (ADR 0055): what the case page's start
 * form shows. A label's English original is the input's name, so English gets a label too; the help translates the
 * input's description. The inputs themselves (names, types) are not edited here.
 */
export function TranslatedStartInputs({ inputs, language, texts, onTexts }: {
  inputs: unknown;
  language: TextLanguage;
  texts: Texts | undefined;
  onTexts: (texts: Texts | undefined) => void;
}) {
  const { t } = useTranslation('texts');
  const declared = startInputs(inputs);
  if (declared.length === 0) return null;
  const field = (key: string, label: string, english: string, multiline = false) => (
    <TranslatedField key={key} label={label} english={english} language={language} textKey={key} texts={texts} onTexts={onTexts} multiline={multiline} />
  );
  return (
    <fieldset className="stack">
      <legend>{t('panel.startInputs')}</legend>
      {declared.flatMap((i) => [
        field(textKey.startInputLabel(i.name), t('panel.startInputLabel', { input: i.name }), i.name),
        ...(i.description && language !== 'en' ? [field(textKey.startInputDescription(i.name), t('panel.startInputHelp', { input: i.name }), i.description, true)] : []),
      ])}
    </fieldset>
  );
}
