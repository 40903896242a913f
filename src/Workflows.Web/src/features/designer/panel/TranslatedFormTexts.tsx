import { useTranslation } from 'react-i18next';
import type { ActivityDefinition, Json } from '../model/definition';
import type { ActivityType } from '../model/descriptors';
import { textKey, type Texts, type TextLanguage } from '../model/texts';
import { TranslatedField } from './TranslatedField';

interface FormField { name: string; label?: string; options?: string[] }

function formFields(value: Json | undefined): FormField[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((f) => {
    if (!f || typeof f !== 'object' || Array.isArray(f) || typeof f.name !== 'string' || f.name === '') return [];
    const options = Array.isArray(f.options) ? f.options.filter((o): o is string => typeof o === 'string') : undefined;
    return [{ name: f.name, label: typeof f.label === 'string' ? f.label : undefined, options }];
  });
}

/**
 * The translations of a task's form (field labels, choice labels) and its outcome buttons, in the panel's language
 * (ADR 0042 keys). The form and outcomes themselves stay edited in English: keys and stored values never change.
 */
export function TranslatedFormTexts({ activity, descriptor, language, texts, onTexts }: {
  activity: ActivityDefinition;
  descriptor: ActivityType | undefined;
  language: TextLanguage;
  texts: Texts | undefined;
  onTexts: (texts: Texts | undefined) => void;
}) {
  const { t } = useTranslation('texts');
  const inputs = descriptor?.inputs ?? [];
  const fields = inputs.filter((i) => i.uiHint === 'task-form').flatMap((i) => formFields(activity.inputs?.[i.name]));
  const outcomes = inputs
    .filter((i) => i.uiHint === 'outcomes')
    .flatMap((i) => {
      const value = activity.inputs?.[i.name];
      return Array.isArray(value) ? value.filter((o): o is string => typeof o === 'string' && o !== '') : [];
    });
  if (fields.length === 0 && outcomes.length === 0) return null;
  const field = (key: string, label: string, english: string) => (
    <TranslatedField key={key} label={label} english={english} language={language} textKey={key} texts={texts} onTexts={onTexts} />
  );
  return (
    <fieldset className="stack">
      <legend>{t('panel.formTexts')}</legend>
      {fields.flatMap((f) => [
        ...(f.label ? [field(textKey.fieldLabel(activity.id, f.name), t('panel.fieldLabel', { field: f.name }), f.label)] : []),
        ...(f.options ?? []).map((o) => field(textKey.fieldOption(activity.id, f.name, o), t('panel.option', { option: o, field: f.name }), o)),
      ])}
      {outcomes.map((o) => field(textKey.outcome(activity.id, o), t('panel.outcome', { outcome: o }), o))}
    </fieldset>
  );
}
