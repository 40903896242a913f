import { formatDate, formatDateTime } from '../../i18n/format';
import type { CaseStoryItem } from './api';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** How each coded argument is worded: by another text's key, or as a date. Anything else is shown as it came. */
const wordings: Record<string, (value: string, t: Translate, language: string) => string> = {
  documentKind: (v, t) => t(`documents:kinds.${v}`, { defaultValue: v }),
  phase: (v, t) => t(`cases:phases.${v}`, { defaultValue: v }),
  hearingKind: (v, t) => t(`cases:legal.hearingKinds.${v}`, { defaultValue: v }),
  proceedingKind: (v, t) => t(`cases:legal.kinds.${v}`, { defaultValue: v }),
  startsAt: (v, _t, language) => formatDateTime(v, language),
  appointmentAt: (v, _t, language) => formatDateTime(v, language),
  deliveredOn: (v, _t, language) => formatDate(`${v}T12:00:00Z`, language),
};

/**
 * The sentence for one story entry in the reader's language: its key under timeline:story with the arguments
 * worded (codes through their own texts, dates in Belgrade time). Service names come from the server in each
 * language (`services.sr-Latn`), since the catalogue is data.
 */
export function storySentence(item: Pick<CaseStoryItem, 'key' | 'args'>, t: Translate, language: string): string {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(item.args)) {
    if (name.includes('.')) continue;
    const word = wordings[name];
    values[name] = word ? word(value, t, language) : value;
  }
  const localized = item.args[`services.${language}`];
  if (localized) values.services = localized;
  values.partner ??= t('timeline:story.aPartner');
  const name = item.key.startsWith('story.') ? item.key.slice('story.'.length) : item.key;
  const key = name === 'referralAccepted' && item.args.appointmentAt ? 'referralAcceptedWithAppointment' : name;
  return t(`timeline:story.${key}`, { ...values, defaultValue: t('timeline:story.unknown'), interpolation: { escapeValue: false } });
}

/** The details after the sentence: a task's outcome and its glanceable answers. */
export function storyDetails(item: Pick<CaseStoryItem, 'args'>, t: Translate): string[] {
  const details: string[] = [];
  if (item.args.outcome) details.push(t('timeline:story.taskOutcome', { outcome: item.args.outcome, interpolation: { escapeValue: false } }));
  if (item.args.answers) details.push(item.args.answers);
  return details;
}
