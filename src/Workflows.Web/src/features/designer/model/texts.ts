// A definition's translations (ADR 0042): language → catalogue keyed by the path of the English text it translates.
// The designer edits them in place of the English texts when the property panel's language is not English.

export type Texts = Record<string, Record<string, string>>;

/** Languages the panel can edit; Cyrillic is derived from Serbian Latin unless given. */
export const textLanguages = ['en', 'sr-Latn', 'sr-Cyrl'] as const;
export type TextLanguage = (typeof textLanguages)[number];

export const textKey = {
  name: 'name',
  description: 'description',
  /** A start input's label (its English original is the input's name) and help (its description): ADR 0055. */
  startInputLabel: (input: string) => `inputs.${input}.label`,
  startInputDescription: (input: string) => `inputs.${input}.description`,
  activityName: (id: string) => `${id}.name`,
  activityDescription: (id: string) => `${id}.description`,
  input: (id: string, input: string) => `${id}.inputs.${input}`,
  fieldLabel: (id: string, field: string) => `${id}.form.${field}.label`,
  fieldOption: (id: string, field: string, option: string) => `${id}.form.${field}.options.${option}`,
  outcome: (id: string, outcome: string) => `${id}.outcomes.${outcome}`,
};

export function readText(texts: Texts | undefined, language: TextLanguage, key: string): string {
  return texts?.[language]?.[key] ?? '';
}

/** The catalogue with one text set (or removed when empty); languages left without texts are dropped. */
export function withText(texts: Texts | undefined, language: TextLanguage, key: string, value: string): Texts | undefined {
  const next: Texts = { ...(texts ?? {}) };
  const catalogue = { ...(next[language] ?? {}) };
  if (value.trim() === '') delete catalogue[key];
  else catalogue[key] = value;
  if (Object.keys(catalogue).length > 0) next[language] = catalogue;
  else delete next[language];
  return Object.keys(next).length > 0 ? next : undefined;
}

/** Moves an activity's keys when its id changes, so its translations follow it. */
export function renameTextKeys(texts: Texts | undefined, from: string, to: string): Texts | undefined {
  if (!texts) return texts;
  const prefix = `${from}.`;
  const next: Texts = {};
  for (const [language, catalogue] of Object.entries(texts)) {
    next[language] = Object.fromEntries(
      Object.entries(catalogue).map(([key, value]) => [key.startsWith(prefix) ? `${to}.${key.slice(prefix.length)}` : key, value]),
    );
  }
  return next;
}
